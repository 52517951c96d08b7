// The journal's records: what a change of the store writes (diffStore), how a
// record replays (applyRecord), and how the file's bytes are read back
// (decodeJournal), telling an append cut off by a crash from damage. The
// journal on disk, beside naslag.json, is tested in journal.test.ts.
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { applyRecord, decodeJournal, diffStore, encodeRecord, JOURNAL_HEADER } from './journal';
import type { JournalRecord } from './journal';
import type { StoreData } from './schema';
import { note, withNotes } from './notes.testing';

describe('diffStore and applyRecord', () => {
  const a = note('a');
  const b = note('b');
  const c = note('c');

  it('record a change by id, which replays to exactly the new state', () => {
    const before = withNotes([a, b, c]);
    const after: StoreData = {
      ...before,
      notes: [note('a', 'Bijgewerkt'), c, note('d')],
      settings: { ...before.settings, fontScale: 1.25 },
    };
    const record = diffStore(before, after)!;
    expect(record.notes).toEqual({ upsert: [after.notes[0], after.notes[2]], remove: ['b'] });
    expect(record.set).toEqual({ settings: after.settings });
    expect(applyRecord(before, record)).toEqual(after);
  });

  it('record every note when the order changed in a way a by-id change cannot give', () => {
    const before = withNotes([a, b, c]);
    const after = withNotes([c, a, b]);
    const record = diffStore(before, { ...before, notes: after.notes })!;
    expect(record.notes).toEqual({ all: [c, a, b] });
    expect(applyRecord(before, record).notes).toEqual([c, a, b]);
  });

  it('record nothing when nothing changed', () => {
    const data = withNotes([a]);
    expect(diffStore(data, { ...data })).toBeNull();
  });

  it('records a removal alone, and replays it', () => {
    const before = withNotes([a, b]);
    const after = { ...before, notes: [a] };
    expect(diffStore(before, after)).toEqual({ notes: { upsert: [], remove: ['b'] } });
    expect(applyRecord(before, diffStore(before, after)!)).toEqual(after);
  });

  it('records a changed setting without the notes', () => {
    const before = withNotes([a]);
    const after = { ...before, settings: { ...before.settings, theme: 'dark' as const } };
    expect(diffStore(before, after)).toEqual({ set: { settings: after.settings } });
  });

  it('records nothing for the same notes in a new list', () => {
    const before = withNotes([a, b]);
    expect(diffStore(before, { ...before, notes: [...before.notes] })).toBeNull();
  });

  it('records every note when one was put between others', () => {
    const before = withNotes([a, b]);
    const after = { ...before, notes: [a, note('c'), b] };
    expect(diffStore(before, after)).toEqual({ notes: { all: after.notes } });
    expect(applyRecord(before, diffStore(before, after)!)).toEqual(after);
  });
});

describe('decodeJournal', () => {
  const records: JournalRecord[] = [
    { notes: { upsert: [note('a')], remove: [] } },
    { notes: { upsert: [note('b')], remove: [] } },
  ];
  const whole = Buffer.from(JOURNAL_HEADER + records.map(encodeRecord).join(''));

  it('reads every record of a whole journal', () => {
    expect(decodeJournal(whole)).toEqual({ records, damage: 'none' });
  });

  it('drops a last record cut short at any byte, keeping those before it', () => {
    const lastStart = whole.length - Buffer.byteLength(encodeRecord(records[1]!));
    for (let cut = lastStart + 1; cut < whole.length; cut++) {
      expect(decodeJournal(whole.subarray(0, cut))).toEqual({
        records: [records[0]],
        damage: 'torn',
      });
    }
  });

  it('calls damage before the last record damaged, and stops there', () => {
    const bytes = Buffer.from(whole);
    bytes[JOURNAL_HEADER.length + 40] = bytes[JOURNAL_HEADER.length + 40]! ^ 0x01;
    expect(decodeJournal(bytes)).toEqual({ records: [], damage: 'damaged' });
  });

  it('refuses a file that is not a journal at all', () => {
    expect(decodeJournal(Buffer.from('{"notes": []}\n'))).toMatchObject({ damage: 'damaged' });
  });

  const first: JournalRecord = { notes: { upsert: [note('a')], remove: [] } };
  const header = Buffer.from(JOURNAL_HEADER);
  const frame = (json: string) => {
    const bytes = Buffer.from(json);
    return `${bytes.length} ${crc32(bytes).toString(16).padStart(8, '0')} ${json}\n`;
  };

  it('reads an empty journal, or one cut off in its header, as holding nothing', () => {
    expect(decodeJournal(header)).toEqual({ records: [], damage: 'none' });
    expect(decodeJournal(Buffer.alloc(0))).toEqual({ records: [], damage: 'torn' });
    expect(decodeJournal(header.subarray(0, 9))).toEqual({ records: [], damage: 'torn' });
  });

  it('calls another file of the same length as the header damaged', () => {
    expect(decodeJournal(Buffer.from('naslag-journal 2\n'))).toEqual({
      records: [],
      damage: 'damaged',
    });
  });

  it('reads every record whatever its checksum looks like, leading zeros included', () => {
    const records: JournalRecord[] = [];
    for (let i = 0; records.length < 3; i++) {
      const record: JournalRecord = { notes: { upsert: [note(`n${i}`)], remove: [] } };
      const json = Buffer.from(JSON.stringify(record));
      if (crc32(json) < 0x10000000) records.push(record);
    }
    const bytes = Buffer.from(JOURNAL_HEADER + records.map(encodeRecord).join(''));
    expect(decodeJournal(bytes)).toEqual({ records, damage: 'none' });
  });

  it.each([
    ['a record of the wrong shape', frame('{"notities":[]}')],
    ['a record that is no JSON', frame('{"notes":')],
    ['a length that does not end at the line end', frame('{}').replace(/^2 /, '1 ')],
    ['a length of more than nine digits', `1234567890 00000000 {}\n`],
    ['a frame without a checksum', `2 {}\n`],
    ['a stray byte before the frame', `x${frame('{}')}`],
  ])(
    'calls %s damaged when records follow, and a cut-off append when it is the last',
    (_name, bad) => {
      const good = encodeRecord(first);
      expect(decodeJournal(Buffer.from(JOURNAL_HEADER + good + bad + good))).toEqual({
        records: [first],
        damage: 'damaged',
      });
      expect(decodeJournal(Buffer.from(JOURNAL_HEADER + good + bad))).toEqual({
        records: [first],
        damage: 'torn',
      });
    },
  );
});
