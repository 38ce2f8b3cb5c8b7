import { SetMetadata } from '@nestjs/common';
import type { Role } from '@outcome/application';

export const ROLES_KEY = 'outcome:roles';
export const PUBLIC_KEY = 'outcome:public';

/** The roles that may call a route at all; others get 403 (what they may reach within it is checked later, as 404). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A route without a bearer token: health, docs, the dashboard. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
