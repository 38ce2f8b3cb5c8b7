import { EntitySchema } from 'typeorm';
import type { Role } from './principal';

export interface AccessTokenRecord {
  id: string;
  /** SHA-256 of the secret, hex: the secret itself is never stored. */
  secretHash: string;
  role: Role;
  organisationId: string | null;
  /** JSON array of granted project ids, for funders and evaluators. */
  projectIds: string[] | null;
  label: string | null;
  issuedAt: string;
  issuedBy: string;
  revokedAt: string | null;
}

export const AccessTokenEntity = new EntitySchema<AccessTokenRecord>({
  name: 'AccessToken',
  tableName: 'access_token',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    secretHash: { name: 'secret_hash', type: 'varchar', length: 64, unique: true },
    role: { type: 'varchar', length: 20 },
    organisationId: { name: 'organisation_id', type: 'varchar', length: 36, nullable: true },
    projectIds: { name: 'project_ids', type: 'simple-json', nullable: true },
    label: { type: 'varchar', length: 200, nullable: true },
    issuedAt: { name: 'issued_at', type: 'varchar', length: 30 },
    issuedBy: { name: 'issued_by', type: 'varchar', length: 80 },
    revokedAt: { name: 'revoked_at', type: 'varchar', length: 30, nullable: true },
  },
});
