import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export const EVENT_STORE_KINDS = ['sqlite', 'postgres', 'kurrentdb'] as const;
export const READ_STORE_KINDS = ['sqlite', 'postgres'] as const;
export const PROJECTOR_MODES = ['in-process', 'external'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export type EventStoreKind = (typeof EVENT_STORE_KINDS)[number];
export type ReadStoreKind = (typeof READ_STORE_KINDS)[number];
export type ProjectorMode = (typeof PROJECTOR_MODES)[number];
export type LogLevel = (typeof LOG_LEVELS)[number];

const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toBoolean = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const normalised = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(normalised)) return true;
  if (['0', 'false', 'no', 'off'].includes(normalised)) return false;
  return value;
};
const POSTGRES_URL = /^postgres(ql)?:\/\/.+/;
const KURRENTDB_URL = /^(kurrentdb|kdb|esdb|esdb\+discover|kurrentdb\+discover|kdb\+discover):\/\/.+/;

/** 32 bytes as base64 (with its padding) or as hex. */
const KEY_ENCRYPTION_KEY = /^([A-Za-z0-9+/]{43}=|[0-9a-fA-F]{64})$/;

/**
 * The whole configuration of every process (api, projector, cli), validated once at boot.
 * Each property is read from the environment variable named in `ENVIRONMENT_VARIABLES`.
 */
export class AppConfig {
  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be between 0 and 65535 (0 picks a free port)' })
  @Max(65535, { message: 'must be between 0 and 65535 (0 picks a free port)' })
  port = 3000;

  @IsString()
  @MinLength(1, { message: 'must name an address to bind, such as 127.0.0.1 or 0.0.0.0' })
  host = '127.0.0.1';

  @IsString()
  @MinLength(1, { message: 'must name a folder' })
  dataDir = './data';

  @IsIn(EVENT_STORE_KINDS, { message: `must be one of ${EVENT_STORE_KINDS.join(', ')}` })
  eventStore: EventStoreKind = 'sqlite';

  @IsIn(READ_STORE_KINDS, { message: `must be one of ${READ_STORE_KINDS.join(', ')}` })
  readStore: ReadStoreKind = 'sqlite';

  @IsOptional()
  @Matches(POSTGRES_URL, { message: 'must be a PostgreSQL connection string (postgres://user@host:5432/database)' })
  databaseUrl?: string;

  @IsOptional()
  @Matches(KURRENTDB_URL, { message: 'must be a KurrentDB connection string (kurrentdb://host:2113?tls=false)' })
  kurrentdbUrl?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters: it grants full control' })
  @MaxLength(512, { message: 'must be at most 512 characters' })
  adminToken?: string;

  /** Wraps the participants' keys at rest: 32 bytes as base64 (44 characters) or hex (64). */
  @IsOptional()
  @Matches(KEY_ENCRYPTION_KEY, { message: 'must be 32 bytes written as base64 (44 characters) or hex (64 characters)' })
  keyEncryptionKey?: string;

  /** A file holding the key-encryption key, written as KEY_ENCRYPTION_KEY is. */
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'must name a file' })
  keyEncryptionKeyFile?: string;

  /** Where a key-encryption key made on first start is kept (in `outcome-ledger/`); default `~/.config`. */
  @IsOptional()
  @IsString()
  configHome?: string;

  /** The key-encryption key the keys are wrapped with now, while rotating to KEY_ENCRYPTION_KEY. */
  @IsOptional()
  @Matches(KEY_ENCRYPTION_KEY, { message: 'must be 32 bytes written as base64 (44 characters) or hex (64 characters)' })
  keyEncryptionKeyPrevious?: string;

  @Transform(toBoolean)
  @IsBoolean({ message: 'must be 1 or 0' })
  demo = true;

  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number' })
  // docs/statistics.md "Suppression": k is set per deployment, never below 5.
  @Min(5, { message: 'must be at least 5: smaller cells could identify participants' })
  suppressionMinCell = 10;

  @IsIn(PROJECTOR_MODES, { message: `must be one of ${PROJECTOR_MODES.join(', ')}` })
  projector: ProjectorMode = 'in-process';

  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  rateLimitPerMinute = 6000;

  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  logLevel: LogLevel = 'info';

  /** True when every store lives in DATA_DIR: one process, zero set-up. */
  get isEmbedded(): boolean {
    return this.eventStore === 'sqlite' && this.readStore === 'sqlite';
  }
}

/** The environment variable behind each setting (docs/api.md "Running"). */
export const ENVIRONMENT_VARIABLES: Readonly<Record<keyof Omit<AppConfig, 'isEmbedded'>, string>> = {
  port: 'PORT',
  host: 'HOST',
  dataDir: 'DATA_DIR',
  eventStore: 'EVENT_STORE',
  readStore: 'READ_STORE',
  databaseUrl: 'DATABASE_URL',
  kurrentdbUrl: 'KURRENTDB_URL',
  adminToken: 'ADMIN_TOKEN',
  keyEncryptionKey: 'KEY_ENCRYPTION_KEY',
  keyEncryptionKeyFile: 'KEY_ENCRYPTION_KEY_FILE',
  keyEncryptionKeyPrevious: 'KEY_ENCRYPTION_KEY_PREVIOUS',
  configHome: 'XDG_CONFIG_HOME',
  demo: 'DEMO',
  suppressionMinCell: 'SUPPRESSION_MIN_CELL',
  projector: 'PROJECTOR',
  rateLimitPerMinute: 'RATE_LIMIT_PER_MINUTE',
  logLevel: 'LOG_LEVEL',
};
