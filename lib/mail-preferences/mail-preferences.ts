import 'server-only';
import { hasRole, type SessionMemberContext } from '@/lib/access/member-context';
import { db } from '@/lib/db/prisma';
import { AppError } from '@/lib/errors';
import type { MailPreferencesInput } from './schemas';

// A member's choice of the scheduled mails, on their own membership only: the weekly digest
// (lib/digest; everyone, on by default) and the monthly report (lib/reports; owners and managers,
// off by default). No membership id comes from outside, so nobody can change another's.

export type MailPreferences = {
  weeklyDigestMail: boolean;
  monthlyReportMail: boolean;
  /** Owners and managers may receive the monthly report. */
  mayReceiveMonthlyReport: boolean;
};

export async function readMailPreferences(member: SessionMemberContext): Promise<MailPreferences> {
  const membership = await db.membership.findFirst({
    where: { id: member.membershipId, organisationId: member.organisation.id },
    select: { weeklyDigestMail: true, monthlyReportMail: true },
  });
  if (!membership) throw new AppError('NOT_FOUND');
  return { ...membership, mayReceiveMonthlyReport: hasRole(member, 'MANAGER') };
}

export async function updateMailPreferences(member: SessionMemberContext, input: MailPreferencesInput) {
  if (input.monthlyReportMail !== undefined && !hasRole(member, 'MANAGER')) throw new AppError('FORBIDDEN');
  const { count } = await db.membership.updateMany({
    where: { id: member.membershipId, organisationId: member.organisation.id },
    data: {
      weeklyDigestMail: input.weeklyDigestMail,
      ...(input.monthlyReportMail === undefined ? {} : { monthlyReportMail: input.monthlyReportMail }),
    },
  });
  if (count === 0) throw new AppError('NOT_FOUND');
}
