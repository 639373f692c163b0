// What an entry point answered, in one shape for server actions and route handlers, and the
// checks "this was refused as it should be" and "this succeeded".
import { strFromU8, unzipSync } from 'fflate';
import { expect } from 'vitest';
import type { FormState } from '@/lib/forms/form-state';
import { englishTranslator } from './request-scope';
import type { World } from './world';

export type Outcome =
  /** The action returned (a FormState, an autosave result, or nothing). */
  | { kind: 'returned'; value: unknown }
  /** The action threw Next's redirect. */
  | { kind: 'redirect'; location: string }
  /** The action threw Next's notFound(). */
  | { kind: 'notFound' }
  | { kind: 'response'; status: number; location: string | null; setCookies: string[]; body: string };

/** Runs an action, turning Next's redirect and notFound (thrown errors with a digest) into outcomes. */
export async function captureAction(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { kind: 'returned', value: await run() };
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT;')) {
      return { kind: 'redirect', location: digest.split(';')[2] ?? '' };
    }
    if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return { kind: 'notFound' };
    throw error;
  }
}

/** A route's answer; a zip download (the data exports) as the text of its files, to search it. */
export async function captureResponse(run: () => Promise<Response>): Promise<Outcome> {
  const response = await run();
  const bytes = new Uint8Array(await response.arrayBuffer());
  const isZip = response.headers.get('content-type') === 'application/zip';
  return {
    kind: 'response',
    status: response.status,
    location: response.headers.get('location'),
    setCookies: response.headers.getSetCookie(),
    body: isZip
      ? Object.entries(unzipSync(bytes))
          .map(([name, content]) => `${name}\n${strFromU8(content)}`)
          .join('\n')
      : new TextDecoder().decode(bytes),
  };
}

/**
 * Why an entry point may refuse: a domain error code (form message errors.<CODE>, or the HTTP
 * status of lib/errors.ts), a full message key a form shows instead, as its message or on a
 * field (e.g. "timeEntries.errors.locationNotFound"), VALIDATION_FAILED for an API's 422 (a
 * foreign id judged like an unknown one), or NOTHING for actions that silently do nothing.
 */
export type Refusal =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'VALIDATION_FAILED' | 'NOTHING' | `${string}.${string}`;

const statusOf: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 422,
};

function messageOf(refusal: Refusal) {
  return englishTranslator()(refusal.includes('.') ? refusal : `errors.${refusal}`);
}

/** The messages of a refused form: the one for the whole form and those on its fields. */
function formMessages(value: unknown): (string | undefined)[] {
  if (!value || typeof value !== 'object') return [];
  const state = value as FormState;
  return state.status === 'error' ? [state.message, ...Object.values(state.fieldErrors ?? {}).flat()] : [];
}

/** Whether the outcome is one of the accepted refusals. */
export function isRefusal(outcome: Outcome, accepted: readonly Refusal[]): boolean {
  return accepted.some((refusal) => {
    switch (outcome.kind) {
      case 'returned':
        if (refusal === 'NOTHING') return outcome.value === undefined;
        if (refusal === 'VALIDATION_FAILED') return false;
        return formMessages(outcome.value).includes(messageOf(refusal));
      case 'redirect':
        return refusal === 'UNAUTHENTICATED' && outcome.location.startsWith('/sign-in');
      case 'notFound':
        return refusal === 'NOT_FOUND';
      case 'response':
        return statusOf[refusal] === outcome.status;
    }
  });
}

export function expectRefused(outcome: Outcome, accepted: readonly Refusal[]) {
  expect(
    isRefusal(outcome, accepted),
    `expected a refusal (${accepted.join(' or ')}), got ${describeOutcome(outcome)}`,
  ).toBe(true);
}

/** How a legitimate call ends: FormState success, a redirect, a 2xx, or an action that returns nothing. */
export type Success =
  | { kind: 'form' }
  | { kind: 'redirect'; to: RegExp }
  | { kind: 'status'; status: number; check?: (outcome: Outcome, world: World) => boolean }
  | { kind: 'returned'; check: (value: unknown) => boolean };

export function expectSucceeded(outcome: Outcome, success: Success, world: World) {
  const ok = (() => {
    switch (success.kind) {
      case 'form':
        return outcome.kind === 'returned' && (outcome.value as FormState | null)?.status === 'success';
      case 'redirect':
        return outcome.kind === 'redirect' && success.to.test(outcome.location);
      case 'status':
        return (
          outcome.kind === 'response' &&
          outcome.status === success.status &&
          (success.check?.(outcome, world) ?? true)
        );
      case 'returned':
        return outcome.kind === 'returned' && success.check(outcome.value);
    }
  })();
  expect(ok, `expected success (${JSON.stringify(success, replacer)}), got ${describeOutcome(outcome)}`).toBe(
    true,
  );
}

function replacer(_key: string, value: unknown) {
  return value instanceof RegExp ? String(value) : typeof value === 'function' ? 'ƒ' : value;
}

export function describeOutcome(outcome: Outcome) {
  return JSON.stringify(outcome).slice(0, 600);
}

/**
 * The text of an outcome, to check that nothing of the victim's data travelled back. Folded
 * iCalendar lines are joined, so a name split over two lines is still found.
 */
export function outcomeText(outcome: Outcome) {
  return (outcome.kind === 'response' ? outcome.body : JSON.stringify(outcome)).replace(/\r\n[ \t]/g, '');
}
