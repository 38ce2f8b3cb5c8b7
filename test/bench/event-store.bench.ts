import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { type Comparison, type ComparisonResult, compareInAlternatingRounds } from './alternating-rounds';
import { aMeasurementRecorded } from './append-workloads';
import { readBenchSettings } from './bench-settings';
import { appendToBenchmarksFile, renderResultsTable, renderRunSection } from './benchmark-report';
import { readMachineFacts } from './machine-facts';
import { postgresComparisons } from './postgres-comparisons';
import { sqliteComparisons } from './sqlite-comparisons';

const BENCHMARKS_FILE = join(__dirname, '..', '..', 'BENCHMARKS.md');

async function main(): Promise<void> {
  const startedAt = new Date();
  const settings = readBenchSettings(process.env);
  const machine = await readMachineFacts(settings.postgresAdminUrl);
  console.log(
    `Node ${machine.node}, ${machine.cpus}, load ${machine.loadAverage.map((load) => load.toFixed(2)).join(' ')}, SQLite ${machine.sqlite}`,
  );
  if (!machine.postgres.reachable) {
    console.log(
      `PostgreSQL at ${machine.postgresServer} is unreachable (${machine.postgres.reason}): running SQLite only`,
    );
  }

  const comparisons: Comparison[] = [
    ...sqliteComparisons(settings),
    ...(machine.postgres.reachable ? postgresComparisons(settings) : []),
  ];
  const results: ComparisonResult[] = [];
  for (const comparison of comparisons) {
    results.push(await compareInAlternatingRounds(comparison, settings, (line) => console.log(line)));
  }

  const sample = aMeasurementRecorded(randomUUID(), 0);
  const eventBytes = { data: JSON.stringify(sample.data).length, metadata: JSON.stringify(sample.metadata).length };
  console.log(`\n${renderResultsTable(results)}\n`);
  appendToBenchmarksFile(BENCHMARKS_FILE, renderRunSection({ startedAt, machine, settings, eventBytes, results }));
  console.log(`Appended to ${BENCHMARKS_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
