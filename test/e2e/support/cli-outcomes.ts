import { NestFactory } from '@nestjs/core';
import { QueryBus } from '@nestjs/cqrs';
import { GetProjectOutcomeQuery, type OutcomeAnswer } from '@outcome/application';
import { loadAppConfig } from '@outcome/shared';
import { CliModule } from '../../../apps/cli/src/cli.module';
import type { CliEnv } from './cli-runner';
import { KEY_ENCRYPTION_KEY } from './test-api';

/** The test api's key-encryption key, which the cli runner gives every cli process too: copies of a data folder and this process open what they wrote. */
export const TEST_KEY_ENCRYPTION_KEY = KEY_ENCRYPTION_KEY;

/** The settings of a test's stores as this process opens them. */
export function testConfigOf(env: CliEnv) {
  return loadAppConfig({
    env: { DEMO: '0', LOG_LEVEL: 'silent', KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY, ...env },
  });
}

/** A project's Outcomes on these scales, read through the app's own query on the stores the settings name. */
export async function outcomesOf(
  env: CliEnv,
  projectId: string,
  requests: readonly { readonly instrument: string; readonly scale?: string; readonly wave?: number }[],
): Promise<OutcomeAnswer[]> {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(testConfigOf(env)), {
    logger: false,
    abortOnError: false,
  });
  try {
    const evaluator = { role: 'evaluator' as const, tokenId: 'test-evaluator', projectIds: [projectId] };
    const answers: OutcomeAnswer[] = [];
    for (const request of requests)
      answers.push(await app.get(QueryBus).execute(new GetProjectOutcomeQuery(projectId, evaluator, request)));
    return answers;
  } finally {
    await app.close();
  }
}

/** The figures of an Outcome, without where and when it was read (which differ between a store and its copy). */
export function figuresOf(answer: OutcomeAnswer): Omit<OutcomeAnswer, 'asOf' | 'position'> {
  const { asOf: _asOf, position: _position, ...figures } = answer;
  return figures;
}
