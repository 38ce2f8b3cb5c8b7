import type { Request, Response } from 'express';

/** A browser asks for HTML first; any other client (no Accept, or JSON first) gets JSON. */
export function wantsPage(request: Request): boolean {
  return request.accepts(['application/json', 'text/html']) === 'text/html';
}

/** A participant's page: never cached (it answers for a secret), never indexed. */
export function sendPage(response: Response, status: number, html: string): void {
  response
    .status(status)
    .setHeader('Cache-Control', 'no-store')
    .setHeader('X-Robots-Tag', 'noindex, nofollow')
    .type('html')
    .send(html);
}
