import 'server-only';
import { assertRole, type MemberContext } from '@/lib/access/member-context';
import { db } from '@/lib/db/prisma';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { VerificationSchedule, VerificationSource } from '@/lib/generated/prisma/enums';
import type { VerificationSettingsInput } from './schemas';

// Which sources an organisation's locations are verified with, and how often. Each source asks a
// server outside the app, so all are off until an owner switches them on; Google only with a key
// in the server's configuration (GOOGLE_PLACES_API_KEY).

export type VerificationSettings = {
  sources: VerificationSource[];
  schedule: VerificationSchedule;
  googleConfigured: boolean;
};

export function googleConfigured() {
  return Boolean(env().GOOGLE_PLACES_API_KEY);
}

export async function getVerificationSettings(member: MemberContext): Promise<VerificationSettings> {
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: member.organisation.id },
    select: { verificationSources: true, verificationSchedule: true },
  });
  return {
    sources: organisation.verificationSources,
    schedule: organisation.verificationSchedule,
    googleConfigured: googleConfigured(),
  };
}

export async function updateVerificationSettings(member: MemberContext, input: VerificationSettingsInput) {
  assertRole(member, 'OWNER');
  if (input.sources.includes('GOOGLE') && !googleConfigured()) {
    throw new AppError('CONFLICT', {
      messageKey: 'verification.errors.googleNotConfigured',
      field: 'sources',
    });
  }
  await db.organisation.update({
    where: { id: member.organisation.id },
    data: { verificationSources: input.sources, verificationSchedule: input.schedule },
  });
}

/** The sources a run asks now: those switched on, Google only while a key is configured. */
export function activeSources(sources: readonly VerificationSource[]) {
  return sources.filter((source) => source !== 'GOOGLE' || googleConfigured());
}
