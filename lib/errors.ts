// Typed domain errors. The data layer throws them; lib/i18n/app-error-text.ts turns them into the
// text a form, an API answer or a page shows, in one place.
export type AppErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'LAST_OWNER'
  | 'INVITATION_INVALID'
  | 'INVITATION_FOR_OTHER_ACCOUNT'
  | 'RESET_LINK_INVALID';

/**
 * The message key of an error shown to people: a full, dotted key of the message catalogue (e.g.
 * "locations.errors.storeCodeTaken", "errors.emailTaken"). tests/architecture/error-keys.test.ts
 * checks that every key the code throws exists in German and English.
 */
export type ErrorMessageKey = `${string}.${string}`;

export type AppErrorDetails = {
  /** What people read; without it, the code's general message ("errors.NOT_FOUND"). */
  messageKey?: ErrorMessageKey;
  /** Values for the message's placeholders. */
  params?: Record<string, string | number>;
  /** The input field the error is about, when there is one (e.g. a taken store code). */
  field?: string;
  /** For logs and developers only; never shown. */
  internal?: string;
};

export class AppError extends Error {
  readonly messageKey: ErrorMessageKey;
  readonly params: Record<string, string | number> | undefined;
  readonly field: string | undefined;

  constructor(
    readonly code: AppErrorCode,
    details: AppErrorDetails = {},
  ) {
    super(details.internal ?? (details.messageKey ? `${code}: ${details.messageKey}` : code));
    this.name = 'AppError';
    this.messageKey = details.messageKey ?? `errors.${code}`;
    this.params = details.params;
    this.field = details.field;
  }
}

export const httpStatusFor: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LAST_OWNER: 409,
  INVITATION_INVALID: 410,
  INVITATION_FOR_OTHER_ACCOUNT: 403,
  RESET_LINK_INVALID: 410,
};

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
