import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { EraseParticipantCommand } from '@outcome/application';
import { createTemporaryDirectory } from '@outcome/shared/testing';
import Database from 'better-sqlite3';
import { CliModule } from '../../apps/cli/src/cli.module';
import { figuresOf, outcomesOf, TEST_KEY_ENCRYPTION_KEY, testConfigOf } from './support/cli-outcomes';
import { type CliEnv, runCli, runCliJson } from './support/cli-runner';
import { type DemoSource, demoSource, pairedParticipantOf } from './support/cli-demo-source';

interface Verification {
  readonly match: boolean;
  readonly differences?: {
    field: string;
    published: unknown;
    recomputed: unknown;
    cause: { type: string; position: string | null };
  }[];
}

/** Saves a project's Outcome on its first instrument as the route answers it, as an evaluator would keep a published figure. */
async function publishFigure(env: CliEnv, project: { id: string; instruments: readonly string[] }, file: string) {
  const [answer] = await outcomesOf(env, project.id, [{ instrument: project.instruments[0]! }]);
  writeFileSync(file, JSON.stringify(answer));
}

/** Another project of the demo than the one the tests change. */
function otherProjectOf(source: DemoSource): { id: string; instruments: readonly string[] } {
  const registered = source.events.find(
    (line) => line.type === 'ProjectRegistered' && line.data['projectId'] !== source.buddyDuos.id,
  )!;
  return { id: String(registered.data['projectId']), instruments: registered.data['instruments'] as string[] };
}

async function verify(file: string, env: CliEnv): Promise<{ code: number | null; answer: Verification }> {
  const run = await runCli(['verify', file, '--json'], env);
  return { code: run.code, answer: JSON.parse(run.stdout) as Verification };
}

describe('cli verify of a published Outcome', () => {
  describe('on a store where a participant is erased after the figure', () => {
    let source: DemoSource;
    let figure: string;
    let untouched: string;
    let erasurePosition: string;
    beforeAll(async () => {
      source = await demoSource();
      figure = join(source.folder.path, 'outcome.json');
      await publishFigure(source.env, source.buddyDuos, figure);
      untouched = join(source.folder.path, 'untouched.json');
      await publishFigure(source.env, otherProjectOf(source), untouched);
      const participant = pairedParticipantOf(source.events, source.buddyDuos.id, source.buddyDuos.instruments[0]!);
      erasurePosition = await erase(
        source.env,
        String(participant.data['participantId']),
        String(participant.data['organisationId']),
      );
    }, 120_000);
    afterAll(() => source.folder.remove());

    it('says match on a figure the events still give', async () => {
      const { code, answer: verification } = await verify(untouched, source.env);

      expect(verification).toMatchObject({ match: true });
      expect(code).toBe(0);
    }, 60_000);

    it('names the erasure, by type and position, for each field it changed, and exits 1', async () => {
      const { code, answer } = await verify(figure, source.env);

      expect(code).toBe(1);
      expect(answer.match).toBe(false);
      expect(answer.differences!.map((difference) => difference.field)).toContain('arms.intervention.paired');
      for (const difference of answer.differences!)
        expect(difference.cause).toEqual({ type: 'ParticipantErased', position: erasurePosition });
    }, 60_000);

    it('replays the erasure into a copy, which answers as the source does', async () => {
      const copy = createTemporaryDirectory('outcome-ledger-cli-erased-copy-');
      try {
        const file = join(copy.path, 'project.ndjson');
        await runCliJson(['export', '--project', source.buddyDuos.id, '--out', file], source.env);
        await runCliJson(['replay', file], { DATA_DIR: copy.path, KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY });
        await runCliJson(['rebuild', '--all'], { DATA_DIR: copy.path, KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY });
        await runCliJson(['rebuild', '--all'], source.env);
        const instrument = source.buddyDuos.instruments[0]!;
        const requests = [{ instrument }, { instrument, wave: 1 }, { instrument: 'who-5' }];

        const [atSource, onCopy] = [
          await outcomesOf(source.env, source.buddyDuos.id, requests),
          await outcomesOf(
            { DATA_DIR: copy.path, KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY },
            source.buddyDuos.id,
            requests,
          ),
        ];

        expect(onCopy.map(figuresOf)).toEqual(atSource.map(figuresOf));
      } finally {
        copy.remove();
      }
    }, 120_000);
  });

  describe('on a store whose event was altered behind the api', () => {
    let source: DemoSource;
    let figure: string;
    let altered: { position: string; stream: string };
    beforeAll(async () => {
      source = await demoSource();
      figure = join(source.folder.path, 'outcome.json');
      await publishFigure(source.env, source.buddyDuos, figure);
      const enrolment = pairedParticipantOf(source.events, source.buddyDuos.id, source.buddyDuos.instruments[0]!);
      altered = { position: enrolment.position, stream: enrolment.stream };
      const db = new Database(join(source.folder.path, 'events.sqlite'));
      try {
        const changed = db
          .prepare("UPDATE events SET data = json_set(data, '$.arm', 'comparison') WHERE position = ?")
          .run(BigInt(enrolment.position));
        expect(changed.changes).toBe(1);
      } finally {
        db.close();
      }
    }, 120_000);
    afterAll(() => source.folder.remove());

    it('calls it altered history and names the altered event', async () => {
      const { code, answer } = await verify(figure, source.env);

      expect(code).toBe(1);
      expect(answer.match).toBe(false);
      expect(answer.differences!.length).toBeGreaterThan(0);
      for (const difference of answer.differences!)
        expect(difference.cause).toMatchObject({
          type: 'altered-history',
          position: altered.position,
          stream: altered.stream,
        });
    }, 60_000);

    it('says in words which event, for a person reading the terminal', async () => {
      const run = await runCli(['verify', figure], source.env);

      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`altered history (the event at position ${altered.position})`);
    }, 60_000);
  });
});

/** Erases a participant through the application layer, as DELETE /api/participants/{id} does; answers the erasure's position. */
async function erase(env: CliEnv, participantId: string, organisationId: string): Promise<string> {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(testConfigOf(env)), { logger: false });
  try {
    const written = await app.get(CommandBus).execute(
      new EraseParticipantCommand(participantId, {
        principal: { role: 'organisation', tokenId: 'test-organisation', organisationId },
        correlationId: 'cli-verify-test',
      }),
    );
    return written.position;
  } finally {
    await app.close();
  }
}
