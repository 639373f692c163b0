import type { FormState } from '@/lib/forms/form-state';
import type { ActivityValue } from './activities';

// What the check-in form edits, and what its autosave answers. Shared by the client form and
// its server actions (no server code here).

export type CheckInFormLine = { platformId: string; activity: ActivityValue; minutes: number };

export type CheckInFormValues = {
  version: number;
  lines: CheckInFormLine[];
  postsPublished: number;
  reviewsAnswered: number;
  recheckedPlatformIds: string[];
  notes: string;
  blockers: string;
};

export type AutosaveResult =
  | { status: 'saved'; version: number; savedAt: string }
  /** Someone saved in between: nothing was written; `current` is the newer state to continue from. */
  | { status: 'stale'; message: string; current: CheckInFormValues; savedAt: string | null }
  /** The week was submitted in between: the page reloads read-only. */
  | { status: 'locked'; message: string }
  /** Refused like any form (signed out, not found, invalid input): status 'error', messages per field. */
  | FormState;
