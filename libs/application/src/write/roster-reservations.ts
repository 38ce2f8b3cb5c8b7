import { projectStream } from '@outcome/domain';
import { type EventStore, type HandleCommandOptions, NO_STREAM, WrongExpectedVersionError } from '@outcome/event-store';
import { foldProject } from './participant-streams';
import { type ReferenceReservations, referenceReserved } from './reference-reservations';

/** Written once a project's roster references from before reservations existed are reserved. */
export interface RosterReferencesReserved {
  readonly type: 'RosterReferencesReserved';
  readonly data: { readonly projectId: string };
}

export const rosterReservationsStream = (projectId: string): string => `project-references-reserved-${projectId}`;

/** Reservations appended at once while a roster is taken over. */
const RESERVATIONS_PER_STEP = 200;
/** Projects remembered as taken over; past it, a project's marker is read again (one query, no event). */
const REMEMBERED_PROJECTS = 10_000;

/**
 * The migration of histories written before references had reservation streams: the first
 * enrolment in such a project after the upgrade reads its roster once, reserves every reference
 * still readable (an erased participant's is not: it is free), and marks the project done with
 * `RosterReferencesReserved` in a stream of its own. Later enrolments read that mark's version
 * only, once per project and process. A project registered since reads a roster of its
 * registration alone and is marked at once.
 */
export class RosterReservations {
  private readonly done = new Set<string>();
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly store: EventStore,
    private readonly reservations: ReferenceReservations,
  ) {}

  ensure(projectId: string, options: HandleCommandOptions): Promise<void> {
    if (this.done.has(projectId)) return Promise.resolve();
    const running = this.pending.get(projectId) ?? this.takeOver(projectId, options);
    this.pending.set(projectId, running);
    return running.finally(() => this.pending.delete(projectId));
  }

  private async takeOver(projectId: string, options: HandleCommandOptions): Promise<void> {
    const marker = rosterReservationsStream(projectId);
    if ((await this.store.readStreamVersion(marker)) === NO_STREAM) {
      const project = foldProject(await this.store.readStream(projectStream(projectId)));
      const roster = project.status === 'registered' ? project.roster : [];
      const referenced = roster.filter((entry) => entry.reference !== null);
      for (let start = 0; start < referenced.length; start += RESERVATIONS_PER_STEP) {
        const step = referenced.slice(start, start + RESERVATIONS_PER_STEP);
        await Promise.all(step.map((entry) => this.reserve(projectId, entry.reference!, entry.participantId, options)));
      }
      const mark: RosterReferencesReserved = { type: 'RosterReferencesReserved', data: { projectId } };
      await ignoringClash(
        this.store.appendToStream(marker, [this.newEvent(mark, options)], { expectedVersion: NO_STREAM }),
      );
    }
    if (this.done.size >= REMEMBERED_PROJECTS) this.done.clear();
    this.done.add(projectId);
  }

  private async reserve(
    projectId: string,
    reference: string,
    participantId: string,
    options: HandleCommandOptions,
  ): Promise<void> {
    const reservation = await this.reservations.find(projectId, reference);
    if (reservation.holder !== null) return;
    const event = this.newEvent(referenceReserved(participantId), options);
    await ignoringClash(
      this.store.appendToStream(reservation.stream, [event], { expectedVersion: reservation.version }),
    );
  }

  private newEvent(event: { type: string; data: Record<string, unknown> }, options: HandleCommandOptions) {
    return { id: options.newEventId(), type: event.type, data: event.data, metadata: options.metadata };
  }
}

/** Another writer did it first: what it wrote stands. */
async function ignoringClash(append: Promise<unknown>): Promise<void> {
  try {
    await append;
  } catch (error) {
    if (!(error instanceof WrongExpectedVersionError)) throw error;
  }
}
