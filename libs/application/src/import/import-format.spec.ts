import {
  answerLookups,
  type ImportRow,
  isContactRow,
  parseContactRow,
  parseImportRow,
  templateColumns,
} from './import-format';
import { findInstrument } from '@outcome/instruments';

const row = (cells: Record<string, string>): ImportRow => ({
  row: 7,
  cells: {
    reference: 'P-1',
    arm: 'intervention',
    enrolledOn: '2026-02-02',
    ageBand: '60-79',
    consentGivenOn: '2026-02-01',
    instrument: 'djg-6',
    wave: '0',
    takenOn: '2026-02-03',
    item1: 'yes',
    item2: 'more-or-less',
    item3: 'no',
    item4: 'yes',
    item5: 'no',
    item6: '',
    ...cells,
  },
});

describe(parseImportRow.name, () => {
  const lookups = answerLookups();

  it('reads a row into an enrolment and a measurement, an empty item as missing', () => {
    const parsed = parseImportRow(row({}), lookups);

    expect(parsed).toEqual({
      row: 7,
      reference: 'P-1',
      enrolment: {
        reference: 'P-1',
        arm: 'intervention',
        enrolledOn: '2026-02-02',
        ageBand: '60-79',
        consent: { givenOn: '2026-02-01' },
      },
      measurement: {
        instrument: 'djg-6',
        wave: 0,
        takenOn: '2026-02-03',
        responses: ['yes', 'more-or-less', 'no', 'yes', 'no', null],
      },
    });
  });

  it('takes the answers by their Dutch, French or English labels, whatever their case and spaces', () => {
    const instrument = findInstrument('djg-6')!;
    const [yes, moreOrLess, no] = instrument.answers;
    const parsed = parseImportRow(
      row({
        item1: yes!.label.nl.toUpperCase(),
        item2: ` ${moreOrLess!.label.fr} `,
        item3: no!.label.en,
        item4: no!.label.nl,
        item5: yes!.label.fr,
        item6: moreOrLess!.label.nl,
      }),
      lookups,
    );

    expect(Array.isArray(parsed) ? parsed : parsed.measurement.responses).toEqual([
      'yes',
      'more-or-less',
      'no',
      'no',
      'yes',
      'more-or-less',
    ]);
  });

  it('names every bad cell by its column, with its value and what it must be', () => {
    const errors = parseImportRow(
      row({ arm: 'control', enrolledOn: '02/02/2026', wave: '1.5', item2: 'sometimes', item7: 'yes' }),
      lookups,
    );

    expect(errors).toEqual([
      expect.objectContaining({
        row: 7,
        column: 'arm',
        value: 'control',
        message: 'must be one of intervention, comparison',
      }),
      expect.objectContaining({ column: 'enrolledOn', value: '02/02/2026' }),
      expect.objectContaining({ column: 'wave', value: '1.5' }),
      expect.objectContaining({ column: 'item2', value: 'sometimes' }),
      expect.objectContaining({ column: 'item7', message: 'djg-6 has only 6 items' }),
    ]);
  });

  it('refuses an instrument the platform does not know, naming the column', () => {
    expect(parseImportRow(row({ instrument: 'ucla-20' }), lookups)).toEqual([
      expect.objectContaining({ column: 'instrument', value: 'ucla-20' }),
    ]);
  });
});

describe(templateColumns.name, () => {
  it('puts the enrolment and measurement columns before one column per item', () => {
    expect(templateColumns(findInstrument('who-5')!).join(',')).toBe(
      'reference,arm,enrolledOn,ageBand,consentGivenOn,instrument,wave,takenOn,item1,item2,item3,item4,item5',
    );
  });
});

describe(parseContactRow.name, () => {
  const contactRow = (cells: Record<string, string>): ImportRow => ({
    row: 3,
    cells: { reference: 'P-1', on: '2026-02-10', minutes: '45', kind: 'visit', ...cells },
  });

  it('reads a contact row into the log-contact command', () => {
    expect(isContactRow(contactRow({}))).toBe(true);
    expect(parseContactRow(contactRow({}))).toEqual({
      row: 3,
      reference: 'P-1',
      contact: { on: '2026-02-10', minutes: 45, kind: 'visit' },
    });
  });

  it('names every bad cell by its column', () => {
    expect(parseContactRow(contactRow({ on: 'yesterday', minutes: '0', kind: 'chat' }))).toEqual([
      expect.objectContaining({ column: 'on', value: 'yesterday' }),
      expect.objectContaining({ column: 'minutes', value: '0' }),
      expect.objectContaining({ column: 'kind', value: 'chat' }),
    ]);
  });
});
