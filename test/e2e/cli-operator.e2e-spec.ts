import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTemporaryDirectory, type TemporaryDirectory } from '@outcome/shared/testing';
import { type CliEnv, runCli, runCliJson } from './support/cli-runner';

const COMMANDS = ['import', 'export', 'replay', 'rebuild', 'verify', 'status', 'demo', 'reset', 'migrate'];

describe('cli operator commands', () => {
  let folder: TemporaryDirectory;
  let env: CliEnv;
  beforeEach(() => {
    folder = createTemporaryDirectory('outcome-ledger-cli-operator-');
    env = { DATA_DIR: folder.path };
  });
  afterEach(() => folder.remove());

  it.each(COMMANDS)(
    '%s --help describes its options and gives an example',
    async (command) => {
      const run = await runCli([command, '--help'], env);

      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage:');
      expect(run.stdout).toContain('Example');
      expect(run.stdout).toContain('--json');
    },
    30_000,
  );

  it('migrate --dry-run lists the pending migrations and changes nothing; migrate runs them', async () => {
    const dry = await runCliJson<{ migrations: string[] }>(['migrate', '--dry-run'], env);
    const again = await runCliJson<{ migrations: string[] }>(['migrate', '--dry-run'], env);
    const done = await runCliJson<{ migrations: string[]; views: string[] }>(['migrate'], env);
    const after = await runCliJson<{ migrations: string[]; views: string[] }>(['migrate', '--dry-run'], env);

    expect(dry.migrations).toContain('CreateProjectionBookkeeping1764460800000');
    expect(again.migrations).toEqual(dry.migrations);
    expect(done.migrations).toEqual(dry.migrations);
    expect(done.views).toContain('scale_scores');
    expect(after).toMatchObject({ migrations: [], views: [] });
  }, 60_000);

  it('status exits 1 while views are not built and nothing builds them, and 0 once rebuilt', async () => {
    const demo = await runCliJson<{ projects: number; events: number }>(['demo'], env);
    const stalled = await runCli(['status', '--json', '--stall-seconds', '0.5'], env);
    await runCliJson(['rebuild', '--all'], env);
    const healthy = await runCli(['status', '--json'], env);

    expect(demo.projects).toBe(12);
    expect(stalled.code).toBe(1);
    expect(JSON.parse(stalled.stdout)).toMatchObject({ healthy: false, head: String(demo.events) });
    expect(healthy.code).toBe(0);
    expect(JSON.parse(healthy.stdout)).toMatchObject({ counts: { projects: 12, participants: 790 } });
    const views = (JSON.parse(healthy.stdout) as { views: { health: string; lag: string }[] }).views;
    expect(views.every((view) => view.health === 'ok' && view.lag === '0')).toBe(true);
  }, 90_000);

  it('demo refuses a store that holds events', async () => {
    await runCliJson(['demo'], env);
    const again = await runCli(['demo'], env);

    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already holds events');
  }, 60_000);

  it('reset asks first: anything but "yes" deletes nothing; "yes" or --yes empties the data folder', async () => {
    await runCliJson(['demo'], env);
    const events = join(folder.path, 'events.sqlite');

    const declined = await runCli(['reset'], env, 'no\n');
    expect(declined.code).toBe(1);
    expect(declined.stderr).toContain('Type "yes"');
    expect(existsSync(events)).toBe(true);

    const accepted = await runCli(['reset'], env, 'yes\n');
    expect(accepted.code).toBe(0);
    expect(existsSync(events)).toBe(false);

    await runCliJson(['demo'], env);
    const forced = await runCliJson<{ deleted: string[] }>(['reset', '--yes'], env);
    expect(forced.deleted).toEqual(expect.arrayContaining(['events.sqlite', 'subject-keys.sqlite']));
    expect(existsSync(events)).toBe(false);
  }, 90_000);

  it('reset refuses a data folder a running api holds', async () => {
    await runCliJson(['demo'], env);
    writeFileSync(join(folder.path, 'api.lock'), String(process.pid));

    const refused = await runCli(['reset', '--yes'], env);

    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`An api (process ${process.pid}) runs on`);
    expect(existsSync(join(folder.path, 'events.sqlite'))).toBe(true);
  }, 60_000);

  it('fails with a message to act on, on stderr and as {error} with --json', async () => {
    const unknown = await runCli(
      ['export', '--project', '00000000-0000-4000-8000-000000000000', '--out', join(folder.path, 'x.ndjson'), '--json'],
      env,
    );
    const noScope = await runCli(['export', '--out', join(folder.path, 'x.ndjson')], env);
    const badView = await runCli(['rebuild', 'outcomes'], env);

    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Project 00000000-0000-4000-8000-000000000000 does not exist');
    expect(JSON.parse(unknown.stdout)).toMatchObject({ error: { code: 'project.not-found' } });
    expect(noScope.stderr).toContain('--project <id> for one project, or --all');
    expect(badView.code).toBe(1);
    expect(badView.stderr).toContain('the views are project_catalogue');
  }, 60_000);
});
