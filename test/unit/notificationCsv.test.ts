import {
  notificationFromText, prepareImport, readCsv, suggestMapping, unmappedRequired, type ColumnMapping, type Notification,
} from '../../src/core';

const ROWS = [
  'KP certificate no.;Participant;Importing authority;Date received;Date notified;Carats;Parcels;Value (USD);Importer',
  'CF005;IL;Israel Diamond Controller;2021-09-15;2021-09-20;40;1;5000;Imp C',
  '',
  'CF011;AE;UAE KP Office;2021-08-25;2021-08-30;abc;2;5 000;Imp B',
  '"CF006";EU;"Antwerp, FPS Economy";2021-09-25;2021-09-22;20;;;"Imp A',
  'second line"',
  'CF999;AE;;2021-13-01;2021-09-01;12;0;;',
].join('\r\n');

const existing: Notification[] = [
  { id: 'n9', certificate: 'CF999', participant: 'AE', receivedOn: '2021-08-28', notifiedOn: '2021-09-01', carats: 12 },
];

describe('reading an importer\'s CSV file', () => {
  it('detects the delimiter, skips blank lines and numbers each record by the line it starts on', () => {
    const table = readCsv(`\uFEFF${ROWS}`);
    expect(table.header[0]).toBe('KP certificate no.');
    expect(table.records.map((r) => r.row)).toEqual([2, 4, 5, 7]);
    expect(table.records[2]!.cells[8]).toBe('Imp A\r\nsecond line');
    expect(table.problems).toEqual([]);
  });

  it('reports a quote left open', () => {
    expect(readCsv('a,b\n"x,1\n').problems).toEqual(['row 2: Quoted field unterminated']);
  });
});

describe('suggesting a column for each field', () => {
  it('matches English and French headers without case, accents or punctuation', () => {
    expect(suggestMapping(readCsv(ROWS).header)).toEqual({
      id: null, certificate: 0, participant: 1, authority: 2, receivedOn: 3, notifiedOn: 4, carats: 5, parcels: 6, valueUsd: 7, importer: 8,
    });
    expect(suggestMapping(['Numéro certificat', 'Pays', 'Date réception', 'Date notification', 'Poids (carats)', 'Référence'])).toMatchObject({
      certificate: 0, participant: 1, receivedOn: 2, notifiedOn: 3, carats: 4, id: 5,
    });
  });

  it('gives each column to one field at most and says which required fields are missing', () => {
    const mapping = suggestMapping(['certificate', 'value', 'notes']);
    expect(mapping).toMatchObject({ certificate: 0, valueUsd: 1, importer: null });
    expect(unmappedRequired(mapping)).toEqual(['participant', 'receivedOn', 'notifiedOn', 'carats']);
  });
});

describe('a notification from text, validated with the dataset schema', () => {
  it('reads trimmed text, plain decimals (spaces between digits allowed) and leaves empty optional fields out', () => {
    expect(notificationFromText({
      id: ' L1 ', certificate: 'CF005', participant: 'IL', receivedOn: '2021-09-15', notifiedOn: '2021-09-20',
      carats: '1 040.5', parcels: '', valueUsd: '5000', importer: '  ',
    })).toEqual({
      ok: true,
      notification: { id: 'L1', certificate: 'CF005', participant: 'IL', receivedOn: '2021-09-15', notifiedOn: '2021-09-20', carats: 1040.5, valueUsd: 5000 },
    });
  });

  it('gives one error per field, in field order, in the words of the dataset errors', () => {
    expect(notificationFromText({ certificate: 'CF1', receivedOn: '15/09/2021', notifiedOn: '2021-02-30', carats: '0', parcels: '1.5', valueUsd: '1,5' })).toEqual({
      ok: false,
      errors: [
        { field: 'id', message: 'missing: expected a text' },
        { field: 'participant', message: 'missing: expected a text' },
        { field: 'receivedOn', message: 'expected a date written YYYY-MM-DD (a real calendar day), got the text "15/09/2021"' },
        { field: 'notifiedOn', message: 'expected a date written YYYY-MM-DD (a real calendar day), got the text "2021-02-30"' },
        { field: 'carats', message: 'expected a number greater than 0, got the number 0' },
        { field: 'parcels', message: 'expected a whole number, got the number 1.5' },
        { field: 'valueUsd', message: 'expected a number, got the text "1,5"' },
      ],
    });
  });
});

describe('preparing an import', () => {
  const table = readCsv(ROWS);
  const mapping: ColumnMapping = suggestMapping(table.header);
  const preview = prepareImport(table, mapping, { existing, makeId: (row) => `imp-${row}` });

  it('turns each valid row into a notification with a made-up id', () => {
    expect(preview.valid).toEqual([
      { id: 'imp-2', certificate: 'CF005', participant: 'IL', authority: 'Israel Diamond Controller', receivedOn: '2021-09-15', notifiedOn: '2021-09-20', carats: 40, parcels: 1, valueUsd: 5000, importer: 'Imp C' },
      { id: 'imp-5', certificate: 'CF006', participant: 'EU', authority: 'Antwerp, FPS Economy', receivedOn: '2021-09-25', notifiedOn: '2021-09-22', carats: 20, importer: 'Imp A\r\nsecond line' },
    ]);
    expect(preview.invalidCount).toBe(2);
  });

  it('lists every error as "row N, field: message"', () => {
    expect(preview.rows.map((r) => r.errors)).toEqual([
      [],
      ['row 4, carats: expected a number, got the text "abc"'],
      [],
      [
        'row 7, receivedOn: expected a date written YYYY-MM-DD (a real calendar day), got the text "2021-13-01"',
        'row 7, parcels: expected a number at least 1, got the number 0',
      ],
    ]);
  });

  it('refuses an id already in use and the same confirmation recorded twice', () => {
    const withIds = readCsv('id,certificate,participant,receivedOn,notifiedOn,carats\nn9,CF001,EU,2021-07-05,2021-07-08,100\nX,CF999,AE,2021-08-28,2021-09-01,12\nY,CF002,AE,2021-07-15,2021-07-20,200\nZ,CF002,AE,2021-07-15,2021-07-20,200\n');
    const result = prepareImport(withIds, suggestMapping(withIds.header), { existing, makeId: () => 'unused' });
    expect(result.rows.flatMap((r) => r.errors)).toEqual([
      'row 2, id: "n9" is already used by another notification',
      'row 3, certificate: the same confirmation is already recorded (notification n9)',
      'row 5, certificate: the same confirmation is already recorded (notification Y)',
    ]);
    expect(result.valid.map((n) => n.id)).toEqual(['Y']);
  });
});
