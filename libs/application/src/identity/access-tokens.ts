import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ReadStore } from '@outcome/read-models';
import { IsNull } from 'typeorm';
import { AccessTokenEntity, type AccessTokenRecord } from './access-token.entity';
import type { Principal, Role } from './principal';
import { generateTokenSecret, hashTokenSecret } from './token-secret';

export type TokenGrant =
  | { readonly role: 'admin' }
  | { readonly role: 'organisation'; readonly organisationId: string }
  | { readonly role: 'funder' | 'evaluator'; readonly projectIds: readonly string[] };

export interface IssuedToken {
  readonly id: string;
  /** The bearer secret: shown once, stored only as its hash. */
  readonly token: string;
  readonly role: Role;
}

/** Id of the admin token taken from ADMIN_TOKEN; replaced whenever the variable changes. */
const ENVIRONMENT_ADMIN_TOKEN_ID = 'admin-from-environment';
/** Id of the admin token made on first start when ADMIN_TOKEN is unset. */
const GENERATED_ADMIN_TOKEN_ID = 'admin-generated';

/** Bearer tokens, stored hashed in the read store. */
@Injectable()
export class AccessTokens {
  constructor(private readonly readStore: ReadStore) {}

  /** The principal a bearer secret stands for, or undefined for an unknown or revoked one. */
  async authenticate(secret: string): Promise<Principal | undefined> {
    const record = await this.readStore.read((runner) =>
      runner.manager.findOneBy(AccessTokenEntity, { secretHash: hashTokenSecret(secret), revokedAt: IsNull() }),
    );
    return record ? principalOf(record) : undefined;
  }

  async issue(
    grant: TokenGrant,
    options: { label?: string | null; issuedBy: string; now: Date },
  ): Promise<IssuedToken> {
    const token = generateTokenSecret();
    const id = randomUUID();
    await this.save(id, token, grant, options);
    return { id, token, role: grant.role };
  }

  /**
   * Makes the configured admin token valid (and a previous one from the environment invalid), or,
   * without one, makes an admin token on first start. Answers the secret only when it made one.
   */
  async ensureAdminToken(configured: string | undefined, now: Date): Promise<string | undefined> {
    if (configured) {
      await this.readStore.write((runner) =>
        runner.manager.delete(AccessTokenEntity, { id: ENVIRONMENT_ADMIN_TOKEN_ID }),
      );
      await this.save(ENVIRONMENT_ADMIN_TOKEN_ID, configured, { role: 'admin' }, { issuedBy: 'environment', now });
      return undefined;
    }
    const existing = await this.readStore.read((runner) =>
      runner.manager.findOneBy(AccessTokenEntity, { id: GENERATED_ADMIN_TOKEN_ID }),
    );
    if (existing) return undefined;
    const token = generateTokenSecret();
    await this.save(GENERATED_ADMIN_TOKEN_ID, token, { role: 'admin' }, { issuedBy: 'first-start', now });
    return token;
  }

  private async save(
    id: string,
    secret: string,
    grant: TokenGrant,
    options: { label?: string | null; issuedBy: string; now: Date },
  ): Promise<void> {
    const record: AccessTokenRecord = {
      id,
      secretHash: hashTokenSecret(secret),
      role: grant.role,
      organisationId: grant.role === 'organisation' ? grant.organisationId : null,
      projectIds: grant.role === 'funder' || grant.role === 'evaluator' ? [...grant.projectIds] : null,
      label: options.label ?? null,
      issuedAt: options.now.toISOString(),
      issuedBy: options.issuedBy,
      revokedAt: null,
    };
    await this.readStore.write((runner) => runner.manager.insert(AccessTokenEntity, record));
  }
}

function principalOf(record: AccessTokenRecord): Principal {
  switch (record.role) {
    case 'admin':
      return { role: 'admin', tokenId: record.id };
    case 'organisation':
      return { role: 'organisation', tokenId: record.id, organisationId: record.organisationId! };
    case 'funder':
    case 'evaluator':
      return { role: record.role, tokenId: record.id, projectIds: record.projectIds ?? [] };
  }
}
