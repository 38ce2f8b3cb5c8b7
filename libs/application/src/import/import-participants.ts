import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { participantStream, ProjectNotFoundError, projectStream, type RegisteredProject } from '@outcome/domain';
import type { EventStore, RecordedEvent, SubjectKeyStore } from '@outcome/event-store';
import { EnrolParticipantHandler } from '../enrol-participant/enrol-participant.handler';
import { EnrolParticipantCommand } from '../enrol-participant/enrol-participant.command';
import { RecordMeasurementCommand } from '../record-measurement/record-measurement.command';
import { RecordMeasurementHandler } from '../record-measurement/record-measurement.handler';
import { ParticipantWriter } from '../write/participant-writer';
import { foldProject } from '../write/participant-streams';
import { normalisedReference } from '../write/reference-reservations';
import { StreamWriteQueue } from '../write/stream-write-queue';
import type { WriteContext } from '../write/write-context';
import {
  answerLookups,
  ENROLMENT_COLUMNS,
  isContactRow,
  parseContactRow,
  type ParsedContactRow,
  type ParsedRow,
  parseImportRow,
  type RowError,
} from './import-format';
import { LogContactCommand } from '../log-contact/log-contact.command';
import { LogContactHandler } from '../log-contact/log-contact.handler';
import { readImportRows } from './import-file-reader';
import { rowErrorsOf } from './row-error-columns';
import { StagedEventStore } from './staged-event-store';

/** Events per append while writing an import: each append is one transaction. */
const EVENTS_PER_APPEND = 1000;

export interface ParticipantImportRequest {
  /** The configured store, as the app opens it. */
  readonly store: EventStore;
  readonly keys: SubjectKeyStore;
  readonly projectId: string;
  readonly file: string;
  /** Import the good rows and report the rest; otherwise one bad row imports nothing. */
  readonly skipInvalid: boolean;
  /** Rows checked, then events written, with how many there are (null while unknown). */
  readonly onProgress?: (phase: 'checking' | 'writing', done: number, total: number | null) => void;
}

export interface ParticipantImportResult {
  /** Rows whose measurement (and, on a reference's first row, enrolment) was written. */
  readonly imported: number;
  /** Rows not written: already imported by an earlier run, or invalid. */
  readonly skipped: number;
  /** Of the skipped rows, those an earlier run had imported. */
  readonly alreadyImported: number;
  readonly errors: readonly RowError[];
  readonly participantsEnrolled: number;
  readonly events: number;
  /** The position of the last event written; null when nothing was. */
  readonly position: string | null;
}

/** What the import knows of a reference: who holds it, and the enrolment facts its first row gave. */
interface KnownReference {
  readonly participantId: string;
  readonly row: number | null;
  readonly facts: Readonly<Record<(typeof ENROLMENT_COLUMNS)[number], string>>;
}

/**
 * Imports participants and measurements of one project from a long-format file. Every row is
 * decided by the application's own handlers (enrol participant, record measurement) against a
 * staged copy of the store, so that the file is checked in full before anything is written; the
 * staged events are then appended in batches. A row an earlier run imported (its participant
 * found by reference, its instrument and wave recorded with the same answers) is skipped, so a
 * second run of the same file writes nothing.
 * @throws ProjectNotFoundError when the project does not exist.
 */
export async function importParticipants(request: ParticipantImportRequest): Promise<ParticipantImportResult> {
  const project = foldProject(await request.store.readStream(projectStream(request.projectId)));
  if (project.status !== 'registered') throw new ProjectNotFoundError(request.projectId);
  const context: WriteContext = {
    principal: { role: 'organisation', tokenId: 'cli-import', organisationId: project.organisationId },
    correlationId: `import-${await fileDigest(request.file)}`,
  };
  const staged = new StagedEventStore(request.store, await request.store.readHeadPosition());
  try {
    return await decideAndWrite(request, project, context, staged);
  } finally {
    await staged.dispose();
  }
}

async function decideAndWrite(
  request: ParticipantImportRequest,
  project: RegisteredProject,
  context: WriteContext,
  staged: StagedEventStore,
): Promise<ParticipantImportResult> {
  const queue = new StreamWriteQueue();
  const enrol = new EnrolParticipantHandler(staged, request.keys, queue);
  const participants = new ParticipantWriter(staged, queue);
  const record = new RecordMeasurementHandler(participants);
  const logContact = new LogContactHandler(participants);
  const stored = new Map(
    project.roster.flatMap((entry) =>
      entry.reference === null ? [] : [[normalisedReference(entry.reference), entry.participantId] as const],
    ),
  );
  const known = new Map<string, KnownReference>();
  const refused = new Map<string, number>();
  const lookups = answerLookups();
  const errors: RowError[] = [];
  let imported = 0;
  let alreadyImported = 0;
  let rows = 0;
  let enrolled = 0;

  const knownReference = async (parsed: { readonly reference: string }): Promise<KnownReference | undefined> => {
    const reference = normalisedReference(parsed.reference);
    const found = known.get(reference);
    if (found) return found;
    const participantId = stored.get(reference);
    if (!participantId) return undefined;
    const enrolment = (await staged.readStream(participantStream(participantId))).find(
      (event) => event.type === 'ParticipantEnrolled',
    );
    const facts = factsOf(enrolment);
    const entry = { participantId, row: null, facts };
    known.set(reference, entry);
    return entry;
  };

  for await (const row of readImportRows(request.file)) {
    rows++;
    if (rows % 500 === 0) request.onProgress?.('checking', rows, null);
    if (isContactRow(row)) {
      const contact = parseContactRow(row);
      if (Array.isArray(contact)) {
        errors.push(...contact);
        continue;
      }
      const mark = staged.mark();
      try {
        const entry = await knownReference(contact);
        if (!entry) {
          errors.push(unknownReferenceError(contact));
          continue;
        }
        if (await isContactLogged(staged, entry.participantId, contact)) {
          alreadyImported++;
          continue;
        }
        await logContact.execute(new LogContactCommand(entry.participantId, contact.contact, context));
        imported++;
      } catch (error) {
        staged.rollBackTo(mark);
        errors.push(...rowErrorsOf(error, contact, row.cells));
      }
      continue;
    }
    const parsed = parseImportRow(row, lookups);
    if (Array.isArray(parsed)) {
      errors.push(...parsed);
      const reference = normalisedReference(row.cells['reference'] ?? '');
      if (!known.has(reference) && !stored.has(reference) && !refused.has(reference)) refused.set(reference, row.row);
      continue;
    }
    const reference = normalisedReference(parsed.reference);
    const mark = staged.mark();
    let enrolledHere = false;
    try {
      let entry = await knownReference(parsed);
      if (!entry) {
        const firstRow = refused.get(reference);
        if (firstRow !== undefined) {
          errors.push(refusedReferenceError(parsed, row.cells, firstRow));
          continue;
        }
        const { id } = await enrol.execute(new EnrolParticipantCommand(request.projectId, parsed.enrolment, context));
        entry = { participantId: id, row: parsed.row, facts: factsOfRow(row.cells) };
        known.set(reference, entry);
        enrolledHere = true;
      } else {
        const disagreeing = disagreements(entry, parsed, row.cells);
        if (disagreeing.length > 0) {
          errors.push(...disagreeing);
          continue;
        }
      }
      if (await isRecorded(staged, entry.participantId, parsed)) {
        alreadyImported++;
        continue;
      }
      await record.execute(new RecordMeasurementCommand(entry.participantId, parsed.measurement, context));
      imported++;
      if (enrolledHere) enrolled++;
    } catch (error) {
      staged.rollBackTo(mark);
      if (enrolledHere) {
        known.delete(reference);
        refused.set(reference, parsed.row);
      }
      errors.push(...rowErrorsOf(error, parsed, row.cells));
    }
  }
  const failedRows = new Set(errors.map((error) => error.row)).size;
  if (errors.length > 0 && !request.skipInvalid) {
    return { imported: 0, skipped: rows, alreadyImported, errors, participantsEnrolled: 0, events: 0, position: null };
  }
  // One transaction for the new participants' keys, rather than one each as the events are sealed.
  await request.keys.createMissingKeys(
    [...known.values()].filter((entry) => entry.row !== null).map((entry) => entry.participantId),
  );
  let events = 0;
  let position: bigint | null = null;
  for (const appends of staged.stagedAppends(EVENTS_PER_APPEND)) {
    position = (await request.store.appendToStreams(appends)).position;
    events += appends.reduce((sum, append) => sum + append.events.length, 0);
    request.onProgress?.('writing', events, staged.size);
  }
  return {
    imported,
    skipped: alreadyImported + failedRows,
    alreadyImported,
    errors,
    participantsEnrolled: enrolled,
    events,
    position: position?.toString() ?? null,
  };
}

async function fileDigest(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex').slice(0, 16);
}

function factsOf(enrolment: RecordedEvent | undefined): KnownReference['facts'] {
  const data = (enrolment?.data ?? {}) as Record<string, unknown>;
  return {
    arm: String(data['arm'] ?? ''),
    enrolledOn: String(data['enrolledOn'] ?? ''),
    ageBand: String(data['ageBand'] ?? ''),
    consentGivenOn: String(data['consentGivenOn'] ?? ''),
  };
}

function factsOfRow(cells: Readonly<Record<string, string>>): KnownReference['facts'] {
  const cell = (column: string) => (cells[column] ?? '').trim();
  return {
    arm: cell('arm'),
    enrolledOn: cell('enrolledOn'),
    ageBand: cell('ageBand'),
    consentGivenOn: cell('consentGivenOn'),
  };
}

/** The enrolment facts of a later row that differ from those the reference was enrolled with. */
function disagreements(entry: KnownReference, parsed: ParsedRow, cells: Readonly<Record<string, string>>): RowError[] {
  const row = factsOfRow(cells);
  const where = entry.row === null ? 'the participant was enrolled with' : `row ${entry.row} gave`;
  return ENROLMENT_COLUMNS.filter((column) => row[column] !== entry.facts[column]).map((column) => ({
    row: parsed.row,
    column,
    value: row[column],
    message: `differs from what ${where} for reference ${parsed.reference} (${entry.facts[column]}): every row of a reference repeats its enrolment`,
  }));
}

function refusedReferenceError(parsed: ParsedRow, cells: Readonly<Record<string, string>>, firstRow: number): RowError {
  return {
    row: parsed.row,
    column: 'reference',
    value: (cells['reference'] ?? '').trim(),
    message: `the participant could not be enrolled: row ${firstRow}, the first of this reference, was refused`,
  };
}

function unknownReferenceError(parsed: ParsedContactRow): RowError {
  return {
    row: parsed.row,
    column: 'reference',
    value: parsed.reference,
    message:
      'no participant of the project has this reference: enrol them first (import their measurements, or through the API)',
  };
}

/** Whether the participant already has a contact on that day, of that length and kind: logged by an earlier run. */
async function isContactLogged(store: EventStore, participantId: string, parsed: ParsedContactRow): Promise<boolean> {
  const { on, minutes, kind } = parsed.contact;
  return (await store.readStream(participantStream(participantId))).some(
    (event) =>
      event.type === 'ContactLogged' &&
      event.data['on'] === on &&
      event.data['minutes'] === minutes &&
      event.data['kind'] === kind,
  );
}

/** Whether the participant already has this instrument and wave with the same answers: imported by an earlier run. */
async function isRecorded(store: EventStore, participantId: string, parsed: ParsedRow): Promise<boolean> {
  const events = await store.readStream(participantStream(participantId));
  const retracted = new Set(
    events.filter((event) => event.type === 'MeasurementRetracted').map((event) => event.data['measurementId']),
  );
  const answers = JSON.stringify(parsed.measurement.responses);
  return events.some(
    (event) =>
      event.type === 'MeasurementRecorded' &&
      !retracted.has(event.data['measurementId']) &&
      event.data['instrument'] === parsed.measurement.instrument &&
      event.data['wave'] === parsed.measurement.wave &&
      JSON.stringify(event.data['responses']) === answers,
  );
}
