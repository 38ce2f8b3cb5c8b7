import { readFileSync } from 'node:fs';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { parse } from 'dotenv';
import { AppConfig, ENVIRONMENT_VARIABLES } from './app-config';
import { type ConfigProblem, InvalidConfigError } from './invalid-config.error';
import { maskPassword } from './mask-password';

type Setting = keyof typeof ENVIRONMENT_VARIABLES;

export interface ConfigSources {
  /** The process environment: it wins over every file. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Env files read in order, later ones filling only what earlier sources left unset. Missing files
   * are skipped. Default: `.env` in the working folder, then the file named by `CONFIG_FILE` (such
   * as `config/embedded.env.example`).
   */
  readonly files?: readonly string[];
}

/** Reads, validates and returns the configuration, or throws InvalidConfigError naming every bad setting. */
export function loadAppConfig(sources: ConfigSources): AppConfig {
  const merged = mergeSources(sources);
  const raw: Record<string, string> = {};
  for (const [property, variable] of Object.entries(ENVIRONMENT_VARIABLES)) {
    const value = merged[variable];
    if (value !== undefined && value !== '') raw[property] = value;
  }
  const config = plainToInstance(AppConfig, raw);
  const problems: ConfigProblem[] = validateSync(config, { forbidUnknownValues: true }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => ({
      variable: ENVIRONMENT_VARIABLES[error.property as Setting],
      message: `${message} (got ${echoOf(error.property as Setting, String(raw[error.property]))})`,
    })),
  );
  problems.push(...crossFieldProblems(config));
  if (problems.length) throw new InvalidConfigError(problems);
  return config;
}

/** A rejected value as the message may repeat it: the admin token only by its length, no password at all. */
function echoOf(setting: Setting, value: string): string {
  switch (setting) {
    case 'adminToken':
    case 'keyEncryptionKey':
    case 'keyEncryptionKeyPrevious':
      return `${value.length} characters`;
    case 'databaseUrl':
    case 'kurrentdbUrl':
      return `"${maskPassword(value)}"`;
    default:
      return `"${value}"`;
  }
}

function mergeSources(sources: ConfigSources): Record<string, string | undefined> {
  const merged: Record<string, string | undefined> = {};
  const files = sources.files ?? ['.env', ...(sources.env['CONFIG_FILE'] ? [sources.env['CONFIG_FILE']] : [])];
  for (const file of files) {
    for (const [key, value] of Object.entries(readEnvFile(file))) merged[key] ??= value;
  }
  return { ...merged, ...definedOnly(sources.env) };
}

function readEnvFile(file: string): Record<string, string> {
  try {
    return parse(readFileSync(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

function definedOnly(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

function crossFieldProblems(config: AppConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const needsPostgres = config.eventStore === 'postgres' || config.readStore === 'postgres';
  if (needsPostgres && !config.databaseUrl) {
    const which = [config.eventStore === 'postgres' && 'EVENT_STORE', config.readStore === 'postgres' && 'READ_STORE']
      .filter(Boolean)
      .join(' and ');
    problems.push({ variable: 'DATABASE_URL', message: `is required when ${which} is postgres` });
  }
  if (config.eventStore === 'kurrentdb' && !config.kurrentdbUrl) {
    problems.push({ variable: 'KURRENTDB_URL', message: 'is required when EVENT_STORE is kurrentdb' });
  }
  return problems;
}
