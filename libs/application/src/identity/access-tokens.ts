import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ReadStore } from '@outcome/read-models';
import { type EntityManager, IsNull, Not } from 'typeorm';
import { AccessTokenEntity, type AccessTokenRecord } from './access-token.entity';
import type { Principal, Role } from './principal';
import { generateTokenSecret, hashTokenSecret, isSameHash } from './token-secret';

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

interface IssueOptions {
  readonly label?: string | null;
  readonly issuedBy: string;
  readonly now: Date;
}

/** A token as the admin lists it: never its secret, nor the secret's hash. */
export interface ListedToken {
  readonly id: string;
  readonly role: Role;
  readonly label: string | null;
  readonly organisationId: string | null;
  readonly projectIds: readonly string[] | null;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export interface RevokedToken {
  readonly id: string;
  readonly revokedAt: string;
}

/** What `ensureAdminToken` changed, for the start-up log. */
export interface AdminTokenChanges {
  /** The secret of an admin token made now, to be shown this once. */
  readonly generated?: string;
  /** The admin token that stopped being valid: the generated one once ADMIN_TOKEN is set, ADMIN_TOKEN's once it is unset. */
  readonly revoked?: 'generated' | 'environment';
}

/** Id of the admin token taken from ADMIN_TOKEN; replaced whenever the variable changes. */
const ENVIRONMENT_ADMIN_TOKEN_ID = 'admin-from-environment';
/** Id of the admin token made on first start when ADMIN_TOKEN is unset. */
const GENERATED_ADMIN_TOKEN_ID = 'admin-generated';
const ADMIN: TokenGrant = { role: 'admin' };

/** Bearer tokens, stored hashed in the read store. */
@Injectable()
export class AccessTokens {
  constructor(private readonly readStore: ReadStore) {}

  /**
   * The principal a bearer secret stands for, or undefined for an unknown or revoked one. Read from
   * the store on every request, never cached: a revocation holds on every instance at once.
   */
  async authenticate(secret: string): Promise<Principal | undefined> {
    const secretHash = hashTokenSecret(secret);
    const record = await this.readStore.read((runner) =>
      runner.manager.findOneBy(AccessTokenEntity, { secretHash, revokedAt: IsNull() }),
    );
    return record && isSameHash(record.secretHash, secretHash) ? principalOf(record) : undefined;
  }

  /** Every token, oldest first, without its secret. */
  async list(): Promise<ListedToken[]> {
    const records = await this.readStore.read((runner) =>
      runner.manager.find(AccessTokenEntity, { order: { issuedAt: 'ASC', id: 'ASC' } }),
    );
    return records.map(listedTokenOf);
  }

  /**
   * Revokes a token of any role, from now on; a token revoked before keeps its first revocation time.
   * Undefined when no token has this id.
   */
  revoke(id: string, now: Date): Promise<RevokedToken | undefined> {
    return this.readStore.write(async ({ manager }) => {
      await revoke(manager, id, now);
      const record = await manager.findOneBy(AccessTokenEntity, { id });
      return record?.revokedAt ? { id: record.id, revokedAt: record.revokedAt } : undefined;
    });
  }

  async issue(grant: TokenGrant, options: IssueOptions): Promise<IssuedToken> {
    const token = generateTokenSecret();
    const id = randomUUID();
    await this.readStore.write(({ manager }) =>
      manager.insert(AccessTokenEntity, tokenRecord(id, token, grant, options)),
    );
    return { id, token, role: grant.role };
  }

  /**
   * docs/api.md "Identity and roles": the admin token is ADMIN_TOKEN, or, where it is unset, one made on
   * first start. Exactly one of the two is valid afterwards: setting ADMIN_TOKEN revokes the made
   * one; unsetting it revokes ADMIN_TOKEN's and makes a new one. One transaction, which replicas
   * starting together may each run.
   */
  ensureAdminToken(configured: string | undefined, now: Date): Promise<AdminTokenChanges> {
    return this.readStore.write(({ manager }) =>
      configured ? adoptConfiguredAdminToken(manager, configured, now) : keepGeneratedAdminToken(manager, now),
    );
  }
}

async function adoptConfiguredAdminToken(
  manager: EntityManager,
  secret: string,
  now: Date,
): Promise<AdminTokenChanges> {
  const revoked = await revoke(manager, GENERATED_ADMIN_TOKEN_ID, now);
  const record = tokenRecord(ENVIRONMENT_ADMIN_TOKEN_ID, secret, ADMIN, { issuedBy: 'environment', now });
  // ADMIN_TOKEN may be the very token made on first start: its row must give up the hash.
  await manager.delete(AccessTokenEntity, { id: GENERATED_ADMIN_TOKEN_ID, secretHash: record.secretHash });
  // An upsert, not a delete and an insert: a replica starting at the same moment writes the same row.
  await manager.upsert(AccessTokenEntity, record, ['id']);
  return revoked ? { revoked: 'generated' } : {};
}

async function keepGeneratedAdminToken(manager: EntityManager, now: Date): Promise<AdminTokenChanges> {
  const revoked = (await revoke(manager, ENVIRONMENT_ADMIN_TOKEN_ID, now)) ? ({ revoked: 'environment' } as const) : {};
  const secret = generateTokenSecret();
  const record = tokenRecord(GENERATED_ADMIN_TOKEN_ID, secret, ADMIN, { issuedBy: 'first-start', now });
  await manager.update(AccessTokenEntity, { id: GENERATED_ADMIN_TOKEN_ID, revokedAt: Not(IsNull()) }, record);
  // Insert-or-ignore: of replicas starting together, one makes the token and the others keep it.
  await manager.createQueryBuilder().insert().into(AccessTokenEntity).values(record).orIgnore().execute();
  const kept = await manager.findOneByOrFail(AccessTokenEntity, { id: GENERATED_ADMIN_TOKEN_ID });
  return kept.secretHash === record.secretHash ? { ...revoked, generated: secret } : revoked;
}

/** Answers whether the token was valid until now. */
async function revoke(manager: EntityManager, id: string, now: Date): Promise<boolean> {
  const result = await manager.update(AccessTokenEntity, { id, revokedAt: IsNull() }, { revokedAt: now.toISOString() });
  return (result.affected ?? 0) > 0;
}

function tokenRecord(id: string, secret: string, grant: TokenGrant, options: IssueOptions): AccessTokenRecord {
  return {
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
}

function listedTokenOf(record: AccessTokenRecord): ListedToken {
  return {
    id: record.id,
    role: record.role,
    label: record.label,
    organisationId: record.organisationId,
    projectIds: record.projectIds,
    createdAt: record.issuedAt,
    revokedAt: record.revokedAt,
  };
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
