import type { AutosaveResult, CheckInFormValues } from '@/lib/checkins/form-values';

// The check-in form's autosave as a pure state machine: the values the form (re)starts from, the
// version the next save names, what the save bar says and the problems per field. The hook
// (use-check-in-autosave.ts) feeds it each save's answer; tests can feed it directly.

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /** Someone saved in between: the form continues from their state; the message says so. */
  | { kind: 'stale'; message: string }
  /** The server refused the draft (e.g. too many minutes); the input stays. */
  | { kind: 'failed'; message: string }
  /** No answer (offline, server down); the input stays. */
  | { kind: 'unreachable' };

export type AutosaveState = {
  /** What the form starts from; a new base (another's newer save) rebuilds the form's fields. */
  base: CheckInFormValues;
  /** The version the next save and the form's post build on. */
  version: number;
  status: SaveStatus;
  fieldErrors: Record<string, string[]>;
};

export type AutosaveEvent =
  { type: 'saving' } | { type: 'answered'; result: AutosaveResult } | { type: 'unreachable' };

export function initialAutosave(initial: CheckInFormValues, savedAt: string | null): AutosaveState {
  return {
    base: initial,
    version: initial.version,
    status: savedAt ? { kind: 'saved', at: savedAt } : { kind: 'idle' },
    fieldErrors: {},
  };
}

export function autosaveReducer(state: AutosaveState, event: AutosaveEvent): AutosaveState {
  switch (event.type) {
    case 'saving':
      return { ...state, status: { kind: 'saving' } };
    case 'unreachable':
      return { ...state, status: { kind: 'unreachable' } };
    case 'answered':
      return answered(state, event.result);
  }
}

function answered(state: AutosaveState, result: AutosaveResult): AutosaveState {
  switch (result.status) {
    case 'saved':
      return {
        ...state,
        version: result.version,
        status: { kind: 'saved', at: result.savedAt },
        fieldErrors: {},
      };
    case 'stale':
      return {
        base: result.current,
        version: result.current.version,
        status: { kind: 'stale', message: result.message },
        fieldErrors: {},
      };
    case 'locked':
      // The page reloads and shows the submitted week read-only (see the hook).
      return { ...state, fieldErrors: {} };
    default:
      return {
        ...state,
        status: { kind: 'failed', message: result.message ?? '' },
        fieldErrors: result.fieldErrors ?? {},
      };
  }
}
