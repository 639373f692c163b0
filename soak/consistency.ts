// Whether the database holds exactly the writes the server acknowledged. Time entries are inserts
// (a doubled or lost request shows as a doubled or missing note); check-ins and checklist items
// are cells that each client alone writes one request after another, so a cell must hold the
// last acknowledged value, or the value of a later write whose outcome is unknown (5xx or no
// answer: it may or may not have been committed), and nothing else.
import type pg from 'pg';
import type { WriteAttempt } from './load';

export type Consistency = {
  pass: boolean;
  timeEntries: {
    acknowledged: number;
    /** Acknowledged but not stored. */
    lost: string[];
    /** Stored more than once (any outcome). */
    doubled: string[];
    /** Refused with a 4xx, stored anyway. */
    rejectedButStored: string[];
    /** Stored by the soak's tag, but never sent. */
    neverSent: string[];
    unknown: { total: number; stored: number; absent: number };
  };
  cells: {
    checked: number;
    /** Holding neither the last acknowledged value nor a later unknown one. */
    wrong: { cell: string; stored: string | null; expected: string[] }[];
    /** Cells whose stored value came from a write with an unknown outcome. */
    settledByUnknownWrite: number;
  };
};

export type StoredState = {
  /** Note → how often it is stored, for notes with the soak's tag. */
  timeEntryNotes: Map<string, number>;
  /** Check-in and checklist cells → stored value (absent: nothing of the soak's). */
  cells: Map<string, string>;
};

export function checkConsistency(attempts: WriteAttempt[], stored: StoredState): Consistency {
  const entries = attempts.filter((attempt) => attempt.target === 'timeEntry');
  const sent = new Map(entries.map((attempt) => [attempt.value, attempt.outcome]));
  const count = (note: string) => stored.timeEntryNotes.get(note) ?? 0;
  const unknown = entries.filter((attempt) => attempt.outcome === 'unknown');
  const timeEntries = {
    acknowledged: entries.filter((attempt) => attempt.outcome === 'acknowledged').length,
    lost: entries
      .filter((attempt) => attempt.outcome === 'acknowledged' && count(attempt.value) === 0)
      .map((attempt) => attempt.value),
    doubled: [...stored.timeEntryNotes].filter(([, times]) => times > 1).map(([note]) => note),
    rejectedButStored: entries
      .filter((attempt) => attempt.outcome === 'rejected' && count(attempt.value) > 0)
      .map((attempt) => attempt.value),
    neverSent: [...stored.timeEntryNotes.keys()].filter((note) => !sent.has(note)),
    unknown: {
      total: unknown.length,
      stored: unknown.filter((attempt) => count(attempt.value) > 0).length,
      absent: unknown.filter((attempt) => count(attempt.value) === 0).length,
    },
  };

  const byCell = new Map<string, WriteAttempt[]>();
  for (const attempt of attempts) {
    if (attempt.target === 'timeEntry') continue;
    const key = `${attempt.target}:${attempt.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), attempt]);
  }
  const wrong: Consistency['cells']['wrong'] = [];
  let settledByUnknownWrite = 0;
  for (const [key, cellAttempts] of byCell) {
    const lastAcknowledged = cellAttempts.findLastIndex((attempt) => attempt.outcome === 'acknowledged');
    const later = cellAttempts.slice(lastAcknowledged + 1).filter((attempt) => attempt.outcome === 'unknown');
    // Before any acknowledged write a cell may still hold nothing of the soak's (null).
    const allowed = [
      lastAcknowledged >= 0 ? cellAttempts[lastAcknowledged]!.value : null,
      ...later.map((attempt) => attempt.value),
    ];
    const cell = key.slice(key.indexOf(':') + 1);
    const value = stored.cells.get(cell) ?? null;
    if (!allowed.includes(value))
      wrong.push({ cell, stored: value, expected: allowed.map((option) => option ?? '(nothing)') });
    else if (value !== allowed[0]) settledByUnknownWrite++;
  }

  const pass =
    timeEntries.lost.length === 0 &&
    timeEntries.doubled.length === 0 &&
    timeEntries.rejectedButStored.length === 0 &&
    timeEntries.neverSent.length === 0 &&
    wrong.length === 0;
  return {
    pass,
    timeEntries,
    cells: { checked: byCell.size, wrong: wrong.slice(0, 20), settledByUnknownWrite },
  };
}

/** The soak's stored writes: tagged time entries, the current week's check-ins, tagged checklist items. */
export async function readStoredState(
  client: pg.Client,
  slug: string,
  weekStart: string,
): Promise<StoredState> {
  const { rows: notes } = await client.query<{ note: string; times: number }>(
    `SELECT t.note, count(*)::int AS times
     FROM time_entries t JOIN organisations o ON o.id = t.organisation_id
     WHERE o.slug = $1 AND t.note LIKE 'soak c%'
     GROUP BY t.note`,
    [slug],
  );
  const { rows: checkIns } = await client.query<{ cell: string; value: string }>(
    `SELECT c.location_id || '/' || c.week_start::text AS cell,
            coalesce((SELECT string_agg(m.minutes::text, ',') FROM check_in_minutes m WHERE m.check_in_id = c.id), '')
              || ':' || coalesce(c.notes, '') AS value
     FROM check_ins c JOIN organisations o ON o.id = c.organisation_id
     WHERE o.slug = $1 AND c.week_start = $2::date`,
    [slug, weekStart],
  );
  const { rows: items } = await client.query<{ cell: string; value: string }>(
    `SELECT li.location_id || '/' || li.platform_id AS cell, li.notes AS value
     FROM listing_items li JOIN organisations o ON o.id = li.organisation_id
     WHERE o.slug = $1 AND li.notes LIKE 'soak c%'`,
    [slug],
  );
  return {
    timeEntryNotes: new Map(notes.map((row) => [row.note, row.times])),
    cells: new Map([...checkIns, ...items].map((row) => [row.cell, row.value])),
  };
}
