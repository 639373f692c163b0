import { describe, expect, it } from 'vitest';
import type { CheckInFormValues } from '@/lib/checkins/form-values';
import { autosaveReducer, initialAutosave, type AutosaveEvent } from './check-in-autosave';

const values = (version: number, notes: string): CheckInFormValues => ({
  version,
  lines: [],
  postsPublished: 0,
  reviewsAnswered: 0,
  recheckedPlatformIds: [],
  notes,
  blockers: '',
});

const run = (events: AutosaveEvent[]) =>
  events.reduce(autosaveReducer, initialAutosave(values(3, 'geladen'), '2026-11-26T10:00:00.000Z'));

describe('the check-in autosave', () => {
  it('starts from the stored week and names its version', () => {
    expect(initialAutosave(values(0, ''), null)).toMatchObject({ version: 0, status: { kind: 'idle' } });
    expect(run([])).toMatchObject({ version: 3, status: { kind: 'saved', at: '2026-11-26T10:00:00.000Z' } });
  });

  it('builds the next save on the version a save answered, keeping the base the form started from', () => {
    const state = run([
      { type: 'saving' },
      { type: 'answered', result: { status: 'saved', version: 4, savedAt: '2026-11-26T10:05:00.000Z' } },
    ]);
    expect(state).toMatchObject({ version: 4, status: { kind: 'saved' }, base: { version: 3 } });
  });

  it('continues from the newer state when its draft was stale, and says so', () => {
    const state = run([
      { type: 'saving' },
      {
        type: 'answered',
        result: {
          status: 'stale',
          message: 'Neuer Stand geladen.',
          current: values(5, 'von anderen'),
          savedAt: null,
        },
      },
    ]);
    expect(state).toEqual({
      base: values(5, 'von anderen'),
      version: 5,
      status: { kind: 'stale', message: 'Neuer Stand geladen.' },
      fieldErrors: {},
    });
  });

  it('keeps the input and shows the problems on their fields when the draft is refused', () => {
    const state = run([
      { type: 'saving' },
      {
        type: 'answered',
        result: {
          status: 'error',
          message: 'Bitte prüfen.',
          fieldErrors: { minutes: ['Zu viele Minuten.'] },
        },
      },
    ]);
    expect(state).toMatchObject({
      version: 3,
      base: { notes: 'geladen' },
      status: { kind: 'failed', message: 'Bitte prüfen.' },
      fieldErrors: { minutes: ['Zu viele Minuten.'] },
    });
    // The next save that goes through clears them.
    expect(
      autosaveReducer(state, {
        type: 'answered',
        result: { status: 'saved', version: 4, savedAt: '2026-11-26T10:06:00.000Z' },
      }).fieldErrors,
    ).toEqual({});
  });

  it('keeps the input when the server cannot be reached or the week was locked', () => {
    expect(run([{ type: 'saving' }, { type: 'unreachable' }])).toMatchObject({
      version: 3,
      status: { kind: 'unreachable' },
    });
    const locked = run([
      { type: 'saving' },
      { type: 'answered', result: { status: 'locked', message: 'Abgeschlossen.' } },
    ]);
    expect(locked).toMatchObject({ version: 3, base: { version: 3 } });
  });
});
