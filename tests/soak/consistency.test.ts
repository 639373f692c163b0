import { describe, expect, it } from 'vitest';
import { checkConsistency, type StoredState } from '@/soak/consistency';
import type { WriteAttempt, WriteOutcome } from '@/soak/load';
import { parsePostmasterOptions } from '@/soak/postgres';

// The soak's verdict on the database after the load: what counts as lost, doubled or wrong.

const entry = (note: string, outcome: WriteOutcome): WriteAttempt => ({
  target: 'timeEntry',
  cell: note,
  value: note,
  outcome,
});
const cellWrite = (cell: string, value: string, outcome: WriteOutcome): WriteAttempt => ({
  target: 'listing',
  cell,
  value,
  outcome,
});
const stored = (notes: Record<string, number>, cells: Record<string, string> = {}): StoredState => ({
  timeEntryNotes: new Map(Object.entries(notes)),
  cells: new Map(Object.entries(cells)),
});

describe('checkConsistency: time entries', () => {
  it('passes when every acknowledged entry is stored once and refused ones are absent', () => {
    const result = checkConsistency([entry('a', 'acknowledged'), entry('b', 'rejected')], stored({ a: 1 }));
    expect(result.pass).toBe(true);
    expect(result.timeEntries.acknowledged).toBe(1);
  });

  it('reports an acknowledged entry that is missing as lost', () => {
    const result = checkConsistency([entry('a', 'acknowledged')], stored({}));
    expect(result.pass).toBe(false);
    expect(result.timeEntries.lost).toEqual(['a']);
  });

  it('reports an entry stored twice as doubled, also when its outcome was unknown', () => {
    const result = checkConsistency([entry('a', 'unknown')], stored({ a: 2 }));
    expect(result.pass).toBe(false);
    expect(result.timeEntries.doubled).toEqual(['a']);
  });

  it('reports a refused entry that was stored, and a stored entry nobody sent', () => {
    const result = checkConsistency([entry('a', 'rejected')], stored({ a: 1, ghost: 1 }));
    expect(result.timeEntries.rejectedButStored).toEqual(['a']);
    expect(result.timeEntries.neverSent).toEqual(['ghost']);
    expect(result.pass).toBe(false);
  });

  it('accepts an entry of unknown outcome stored once or not at all, and counts both', () => {
    const result = checkConsistency([entry('a', 'unknown'), entry('b', 'unknown')], stored({ a: 1 }));
    expect(result.pass).toBe(true);
    expect(result.timeEntries.unknown).toEqual({ total: 2, stored: 1, absent: 1 });
  });
});

describe('checkConsistency: cells', () => {
  it('expects the last acknowledged value', () => {
    const writes = [cellWrite('x', 'v1', 'acknowledged'), cellWrite('x', 'v2', 'acknowledged')];
    expect(checkConsistency(writes, stored({}, { x: 'v2' })).pass).toBe(true);
    const stale = checkConsistency(writes, stored({}, { x: 'v1' }));
    expect(stale.pass).toBe(false);
    expect(stale.cells.wrong).toEqual([{ cell: 'x', stored: 'v1', expected: ['v2'] }]);
  });

  it('accepts a later write of unknown outcome, but never a refused one', () => {
    const writes = [
      cellWrite('x', 'v1', 'acknowledged'),
      cellWrite('x', 'v2', 'unknown'),
      cellWrite('x', 'v3', 'rejected'),
    ];
    const settled = checkConsistency(writes, stored({}, { x: 'v2' }));
    expect(settled.pass).toBe(true);
    expect(settled.cells.settledByUnknownWrite).toBe(1);
    expect(checkConsistency(writes, stored({}, { x: 'v3' })).pass).toBe(false);
  });

  it('does not accept an unknown write that an acknowledged one followed', () => {
    const writes = [cellWrite('x', 'v1', 'unknown'), cellWrite('x', 'v2', 'acknowledged')];
    expect(checkConsistency(writes, stored({}, { x: 'v1' })).pass).toBe(false);
  });

  it('accepts an untouched cell when nothing was acknowledged, and rejects it after an acknowledgement', () => {
    expect(checkConsistency([cellWrite('x', 'v1', 'unknown')], stored({})).pass).toBe(true);
    expect(checkConsistency([cellWrite('x', 'v1', 'acknowledged')], stored({})).pass).toBe(false);
  });
});

describe('parsePostmasterOptions', () => {
  it('splits the recorded command line into the binary and its arguments', () => {
    const text =
      '/opt/pg/bin/postgres "-D" "/data/cluster" "-p" "42997" "-c" "log_line_prefix=@@%a@@ " "-c" "x=a\\"b"\n';
    expect(parsePostmasterOptions(text)).toEqual([
      '/opt/pg/bin/postgres',
      '-D',
      '/data/cluster',
      '-p',
      '42997',
      '-c',
      'log_line_prefix=@@%a@@ ',
      '-c',
      'x=a"b',
    ]);
  });
});
