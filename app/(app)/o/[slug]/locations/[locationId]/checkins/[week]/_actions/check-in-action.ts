import 'server-only';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import type { CheckInForm } from '@/lib/checkins/form';
import type { CheckInFormValues } from '@/lib/checkins/form-values';
import { isoWeekSchema } from '@/lib/checkins/schemas';
import { AppError, isAppError } from '@/lib/errors';
import { translateIssues } from '@/lib/forms/parse-form';
import { appErrorText, type Translator } from '@/lib/i18n/app-error-text';
import { findMemberContext } from '@/lib/organisations/member-context';

// Shared by the check-in form's actions: who acts on which week, and failures as translated text.

/** The member and week of an action; NOT_FOUND for a foreign organisation or a week that does not exist. */
export async function resolveCheckInAction(slug: string, weekText: string) {
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHENTICATED');
  const member = await findMemberContext(user, slug);
  const week = isoWeekSchema.safeParse(weekText);
  if (!member || !week.success) throw new AppError('NOT_FOUND');
  return { member, week: week.data };
}

/** A refused input or a domain error as a message and messages per field; anything else is rethrown. */
export async function describeFailure(error: unknown) {
  const t = (await getTranslations()) as unknown as Translator;
  if (error instanceof z.ZodError) {
    const fieldErrors = translateIssues(error.issues, t);
    const first = Object.values(fieldErrors)[0]?.[0];
    return { message: first ?? t('validation.checkFields'), fieldErrors };
  }
  if (isAppError(error)) {
    return { message: appErrorText(error, t), fieldErrors: {} as Record<string, string[]> };
  }
  throw error;
}

export function isStale(error: unknown) {
  return isAppError(error, 'CONFLICT') && error.messageKey === 'checkins.errors.stale';
}

/** The form's values as the server has them now. */
export function formValuesOf(form: CheckInForm): CheckInFormValues {
  return {
    version: form.checkIn?.version ?? 0,
    lines: form.lines,
    postsPublished: form.checkIn?.postsPublished ?? 0,
    reviewsAnswered: form.checkIn?.reviewsAnswered ?? 0,
    recheckedPlatformIds: form.checkIn?.recheckedPlatformIds ?? [],
    notes: form.checkIn?.notes ?? '',
    blockers: form.checkIn?.blockers ?? '',
  };
}
