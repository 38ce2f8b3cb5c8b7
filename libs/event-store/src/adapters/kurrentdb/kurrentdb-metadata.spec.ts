import fc from 'fast-check';
import type { NewEventMetadata } from '../../event';
import { decodeMetadata, encodeMetadata } from './kurrentdb-metadata';

const created = new Date('2025-06-01T12:00:00.123Z');
const metadata: NewEventMetadata = {
  recordedBy: 'token-coordinator',
  occurredAt: '2025-03-14',
  correlationId: '6f1c9a52-8d0e-4f5e-9c1b-0d3f4e5a6b7c',
  causationId: '0b7e2c41-3a9d-4c8e-8f6a-1e2d3c4b5a69',
  schemaVersion: 2,
};
const anyMetadata: fc.Arbitrary<NewEventMetadata> = fc.record(
  {
    recordedBy: fc.string(),
    occurredAt: fc.string(),
    correlationId: fc.uuid(),
    causationId: fc.option(fc.uuid(), { nil: null }),
    schemaVersion: fc.nat(),
  },
  { requiredKeys: ['recordedBy', 'correlationId', 'causationId', 'schemaVersion'] },
);

describe(encodeMetadata.name, () => {
  it('flattens every field into a string', () => {
    expect(encodeMetadata(metadata)).toEqual({
      recordedBy: 'token-coordinator',
      occurredAt: '2025-03-14',
      correlationId: metadata.correlationId,
      causationId: metadata.causationId,
      schemaVersion: '2',
    });
  });

  it('leaves out an absent occurredAt and a null causationId', () => {
    const { occurredAt: _, ...withoutOccurredAt } = metadata;

    expect(encodeMetadata({ ...withoutOccurredAt, causationId: null })).toEqual({
      recordedBy: 'token-coordinator',
      correlationId: metadata.correlationId,
      schemaVersion: '2',
    });
  });

  it('answers only string values, as a multi-stream append demands', () => {
    fc.assert(
      fc.property(anyMetadata, (written) => {
        expect(Object.values(encodeMetadata(written)).every((value) => typeof value === 'string')).toBe(true);
      }),
    );
  });
});

describe(decodeMetadata.name, () => {
  it('reads back what was encoded, stamped with the created instant', () => {
    fc.assert(
      fc.property(anyMetadata, (written) => {
        const stored: unknown = JSON.parse(JSON.stringify(encodeMetadata(written)));

        expect(decodeMetadata(stored, created)).toEqual({ ...written, recordedAt: created.toISOString() });
      }),
    );
  });

  it('stamps recordedAt as an ISO 8601 UTC instant with milliseconds', () => {
    expect(decodeMetadata(encodeMetadata(metadata), created).recordedAt).toBe('2025-06-01T12:00:00.123Z');
  });

  it('ignores the keys the server adds', () => {
    const stored = { ...encodeMetadata(metadata), '$schema.name': 'ParticipantEnrolled', $format: 'Json' };

    expect(decodeMetadata(stored, created)).toEqual({ ...metadata, recordedAt: created.toISOString() });
  });

  it.each([
    { what: 'no metadata', stored: undefined },
    { what: 'binary metadata', stored: new Uint8Array([1, 2, 3]) },
    { what: 'metadata without recordedBy', stored: { correlationId: 'c', schemaVersion: '1' } },
    { what: 'metadata without correlationId', stored: { recordedBy: 'r', schemaVersion: '1' } },
    {
      what: 'a schemaVersion that is no whole number',
      stored: { recordedBy: 'r', correlationId: 'c', schemaVersion: '1.5' },
    },
  ])('rejects $what, which this store did not write', ({ stored }) => {
    expect(() => decodeMetadata(stored, created)).toThrow(/not written by this store/);
  });
});
