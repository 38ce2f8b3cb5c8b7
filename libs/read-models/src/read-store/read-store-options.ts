import type { EntitySchema, MigrationInterface } from 'typeorm';

/** Where the views live: one SQLite file (embedded default) or a PostgreSQL database (clustered). */
export type ReadStoreConnection =
  | {
      readonly kind: 'sqlite';
      /** e.g. `DATA_DIR/read-models.sqlite`. */
      readonly file: string;
      /** How long a statement waits for another process's write lock; default 5000 ms. */
      readonly busyTimeoutMs?: number;
    }
  | {
      readonly kind: 'postgres';
      readonly url: string;
      /** Schema for every table, created when missing; default the server's search path. */
      readonly schema?: string;
      readonly poolSize?: number;
    };

/** The tables views register beside their projections: TypeORM entities and the migrations that make them. */
export interface ReadStoreSchema {
  readonly entities?: readonly (EntitySchema | (new () => object))[];
  readonly migrations?: readonly (new () => MigrationInterface)[];
}

export type ReadStoreOptions = ReadStoreConnection & ReadStoreSchema;
