import type TestAgent from 'supertest/lib/agent';

interface HealthBody {
  readonly details?: { readonly eventStore?: { readonly head?: string | null } };
}

/** The event store's head position as `/health` reports it: a request that appends nothing leaves it as it was. */
export async function eventStoreHead(http: TestAgent): Promise<string | null> {
  const response = await http.get('/health');
  const head = (response.body as HealthBody).details?.eventStore?.head;
  if (head === undefined) throw new Error(`/health reported no event-store head: ${response.text}`);
  return head;
}
