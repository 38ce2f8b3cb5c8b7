import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Self time of one function, or of one part of the code, as a share of the profile. */
export interface ProfileShare {
  readonly name: string;
  readonly share: number;
}

export interface ProfileSummary {
  /** Busy time sampled (idle left out). */
  readonly seconds: number;
  /** Self time by part of the code (a package, a lib, node's own, the garbage collector). */
  readonly parts: readonly ProfileShare[];
  /** The functions with the most self time. */
  readonly functions: readonly ProfileShare[];
  /** Time spent under (inclusive of callees) functions whose name matches, by name. */
  readonly inclusive: readonly ProfileShare[];
}

/**
 * Where a `--cpu-prof` profile's time went: self time summed by part of the code and by function,
 * and the inclusive time under a few named functions.
 */
export function summariseCpuProfile(file: string, inclusiveNames: readonly string[] = [], top = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  // Waiting is not work, and stopping the profiler (inspector's post → dispatch, which serialises the
  // profile) is the profiler's own: the shares are of the time the process was busy with the work.
  for (const [id] of self) {
    const { functionName } = byId.get(id)!.callFrame;
    const parent = byId.get(parents.get(id) ?? -1)?.callFrame;
    if (functionName === '(idle)' || (functionName === 'dispatch' && parent?.url.includes('inspector')))
      self.delete(id);
  }
  const total = [...self.values()].reduce((sum, time) => sum + time, 0);
  const parts = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, time] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    add(parts, partOf(functionName, url), time);
    add(functions, `${functionName || '(anonymous)'} ${shortUrl(url)}${url ? `:${lineNumber + 1}` : ''}`, time);
  }
  const inclusive = new Map<string, number>();
  for (const [id, time] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (inclusiveNames.includes(name) && !seen.has(name)) {
        seen.add(name);
        add(inclusive, name, time);
      }
    }
  }
  const shares = (times: Map<string, number>, count: number) =>
    [...times]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, time]) => ({ name, share: time / total }));
  return {
    seconds: total / 1e6,
    parts: shares(parts, top),
    functions: shares(functions, top),
    inclusive: shares(inclusive, inclusiveNames.length),
  };
}

function add(times: Map<string, number>, key: string, time: number): void {
  times.set(key, (times.get(key) ?? 0) + time);
}

function partOf(functionName: string, url: string): string {
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(idle)' || functionName === '(program)') return functionName;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const lib = /\/(libs|apps)\/([^/]+)\//.exec(url);
  if (lib) return `${lib[1]}/${lib[2]}`;
  if (url.startsWith('node:')) return 'node internals';
  if (url === '') return `native (${functionName || 'anonymous'})`;
  return shortUrl(url);
}

function shortUrl(url: string): string {
  return url.replace(/^file:\/\//, '').replace(/^.*?\/(node_modules|libs|apps|test)\//, '$1/');
}
