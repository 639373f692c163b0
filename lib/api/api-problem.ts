import type { AppLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';

/** Codes of errors that come from HTTP itself rather than from the domain (AppError). */
export type ApiProblemCode =
  'BAD_REQUEST' | 'UNAUTHENTICATED' | 'PAYLOAD_TOO_LARGE' | 'VALIDATION_FAILED' | 'INTERNAL_ERROR';

const problemStatus: Record<ApiProblemCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  PAYLOAD_TOO_LARGE: 413,
  VALIDATION_FAILED: 422,
  INTERNAL_ERROR: 500,
};

/** A request the API refuses before the domain sees it: bad JSON, too large a body. */
export class ApiProblem extends Error {
  constructor(
    readonly code: ApiProblemCode,
    /** A key under "api.errors". */
    readonly messageKey: string,
  ) {
    super(messageKey);
    this.name = 'ApiProblem';
  }

  get status() {
    return problemStatus[this.code];
  }
}

export type ApiErrorBody = {
  error: {
    code: string;
    message: string;
    fields?: Record<string, string[]>;
    /** On a 409 for a stale version: the stored state, so the client can merge and retry. */
    current?: unknown;
  };
};

/** The one error format of /api/v1: { "error": { "code", "message", "fields"? } }. */
export function errorResponse(
  status: number,
  body: ApiErrorBody['error'],
  headers: Record<string, string> = {},
) {
  return Response.json({ error: body } satisfies ApiErrorBody, {
    status,
    headers: { 'cache-control': 'no-store', ...headers },
  });
}

export function problemResponse(problem: ApiProblem, locale: AppLocale) {
  return errorResponse(problem.status, {
    code: problem.code,
    message: translatorFor(locale, 'api.errors')(problem.messageKey),
  });
}
