const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Link ids are UUIDs: anything else names no link, and is not looked up. */
export const isLinkId = (value: string): boolean => UUID.test(value);
