import type { Principal } from '@outcome/application';
import type { Request } from 'express';

/**
 * A request after the bearer guard: who is calling. Its `id` (set by the request logger from
 * `X-Correlation-Id`, or made up) correlates its logs and the events it causes.
 */
export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}
