// Typed domain errors. The data layer throws them; actions and API routes turn them into a
// form message or an HTTP status in one place each.
export type AppErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'LAST_OWNER'
  | 'INVITATION_INVALID'
  | 'INVITATION_FOR_OTHER_ACCOUNT'
  | 'RESET_LINK_INVALID';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = code,
    /** The input field the error is about, when there is one (e.g. a taken store code). */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
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
