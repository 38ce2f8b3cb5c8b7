const LINK_SECRET = /^\/q\/(?!assets\/)[^/?#]+/;

/** A request's url as a log line may show it: a questionnaire link's secret is a credential. */
export function withoutLinkSecret(url: string): string {
  return url.replace(LINK_SECRET, '/q/[redacted]');
}
