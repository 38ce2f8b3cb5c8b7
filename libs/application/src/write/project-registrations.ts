import { projectStream, type RegisteredProject } from '@outcome/domain';
import type { EventStore } from '@outcome/event-store';
import { foldProject } from './participant-streams';

/** Registrations kept at most; the oldest goes first. A registration is a few hundred bytes. */
const CACHED_REGISTRATIONS = 10_000;

/**
 * What a project is, as its first event `ProjectRegistered` says: its organisation and what it
 * measures. Read alone, so that a write never grows with the project's roster; kept once read,
 * since a registration never changes (no event amends it) and holds nothing personal. A project
 * not registered yet is not kept: it may be registered a moment later.
 */
export class ProjectRegistrations {
  private readonly registered = new Map<string, RegisteredProject>();

  constructor(private readonly store: EventStore) {}

  async find(projectId: string): Promise<RegisteredProject | undefined> {
    const known = this.registered.get(projectId);
    if (known) return known;
    const project = foldProject(await this.store.readStream(projectStream(projectId), { maxCount: 1 }));
    if (project.status !== 'registered') return undefined;
    if (this.registered.size >= CACHED_REGISTRATIONS) this.registered.delete(this.registered.keys().next().value!);
    this.registered.set(projectId, project);
    return project;
  }
}
