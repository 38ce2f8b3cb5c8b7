import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * The dashboard is served by this api from the same origin, its scripts and styles as files under
 * /assets: nothing needs another origin, inline code or eval. Charts may draw data: images.
 */
const SAME_ORIGIN_ONLY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Swagger UI at /docs writes its set-up inline: it alone may run inline scripts and styles, still from this origin only. */
const DOCS_PAGE = {
  ...SAME_ORIGIN_ONLY,
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
};

const withPolicy = (directives: Record<string, string[]>): RequestHandler =>
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
  });

/**
 * Security headers on every answer (helmet): a Content-Security-Policy that allows this origin
 * only, no sniffing, no framing, no referrer. No CORS header is ever sent, so browsers keep other
 * origins' pages from reading any answer. HSTS is left to the TLS proxy in front of the api.
 */
export function securityHeaders(): RequestHandler {
  const everywhere = withPolicy(SAME_ORIGIN_ONLY);
  const docs = withPolicy(DOCS_PAGE);
  return (request: Request, response: Response, next: NextFunction) =>
    (request.path === '/docs' || request.path.startsWith('/docs/') ? docs : everywhere)(request, response, next);
}
