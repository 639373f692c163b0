import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/prisma';
import { initialFormState, type FormState } from '@/lib/forms/form-state';
import { createTeam } from '@/tests/support/factories';

// The preferences form action as the page calls it, with the signed-in user and Next.js's
// request helpers stood in for: what it saves, what it refuses, and that it only ever changes the
// caller's own membership.
const signedIn = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string } }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => signedIn.user }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => new Map() }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next-intl/server', () => ({
  getTranslations: async () => Object.assign((key: string) => key, { has: () => true }),
}));

const { updateMailPreferencesAction } =
  await import('@/app/(app)/o/[slug]/notifications/mail/_actions/update-mail-preferences');
const { readMailPreferences } = await import('@/lib/mail-preferences/mail-preferences');

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const single of Array.isArray(value) ? value : [value]) data.append(name, single);
  }
  return data;
}

async function preferencesOf(membershipId: string) {
  return db.membership.findUniqueOrThrow({
    where: { id: membershipId },
    select: { weeklyDigestMail: true, monthlyReportMail: true },
  });
}

describe('mail preferences', () => {
  it('lets a staff member switch the weekly digest off and on again (the form sends "off", then "on")', async () => {
    const team = await createTeam();
    signedIn.user = team.users.staff;
    expect(await readMailPreferences(team.staff)).toEqual({
      weeklyDigestMail: true,
      monthlyReportMail: false,
      mayReceiveMonthlyReport: false,
    });

    const off = await updateMailPreferencesAction(
      team.organisation.slug,
      initialFormState,
      form({ weeklyDigestMail: 'off' }),
    );
    expect(off).toMatchObject({ status: 'success', message: 'saved' });
    expect(await preferencesOf(team.staff.membershipId)).toEqual({
      weeklyDigestMail: false,
      monthlyReportMail: false,
    });

    // A checked switch: the hidden "off" first, the checkbox's "on" after it.
    await updateMailPreferencesAction(
      team.organisation.slug,
      initialFormState,
      form({ weeklyDigestMail: ['off', 'on'] }),
    );
    expect((await preferencesOf(team.staff.membershipId)).weeklyDigestMail).toBe(true);
    // Nobody else's choice moved.
    expect(await preferencesOf(team.manager.membershipId)).toEqual({
      weeklyDigestMail: true,
      monthlyReportMail: false,
    });
  });

  it('lets owners and managers opt in to the monthly report', async () => {
    const team = await createTeam();
    signedIn.user = team.users.manager;
    expect((await readMailPreferences(team.manager)).mayReceiveMonthlyReport).toBe(true);
    const saved = await updateMailPreferencesAction(
      team.organisation.slug,
      initialFormState,
      form({ weeklyDigestMail: 'on', monthlyReportMail: 'on' }),
    );
    expect(saved.status).toBe('success');
    expect(await preferencesOf(team.manager.membershipId)).toEqual({
      weeklyDigestMail: true,
      monthlyReportMail: true,
    });
  });

  it('refuses bad input beside its field and changes nothing', async () => {
    const team = await createTeam();
    signedIn.user = team.users.owner;
    const before = await preferencesOf(team.owner.membershipId);
    const refusedForms: Record<string, string>[] = [
      { weeklyDigestMail: 'yes', monthlyReportMail: 'on' },
      { monthlyReportMail: 'on' },
      { weeklyDigestMail: 'off', monthlyReportMail: 'true' },
    ];
    for (const fields of refusedForms) {
      const refused = await updateMailPreferencesAction(
        team.organisation.slug,
        initialFormState,
        form(fields),
      );
      expect(refused.status).toBe('error');
      expect(Object.keys((refused as FormState).fieldErrors ?? {})).toHaveLength(1);
    }
    expect(await preferencesOf(team.owner.membershipId)).toEqual(before);
  });

  it('refuses the monthly report to staff, changing nothing', async () => {
    const team = await createTeam();
    signedIn.user = team.users.staff;
    const refused = await updateMailPreferencesAction(
      team.organisation.slug,
      initialFormState,
      form({ weeklyDigestMail: 'off', monthlyReportMail: 'on' }),
    );
    expect(refused.status).toBe('error');
    expect(await preferencesOf(team.staff.membershipId)).toEqual({
      weeklyDigestMail: true,
      monthlyReportMail: false,
    });
  });

  it("cannot change another organisation's membership: a foreign slug is not found, a named membership is ignored", async () => {
    const [ours, theirs] = await Promise.all([createTeam(), createTeam()]);
    signedIn.user = ours.users.owner;
    const foreign = await updateMailPreferencesAction(
      theirs.organisation.slug,
      initialFormState,
      form({ weeklyDigestMail: 'off', monthlyReportMail: 'on' }),
    );
    expect(foreign.status).toBe('error');
    const named = await updateMailPreferencesAction(
      ours.organisation.slug,
      initialFormState,
      form({
        weeklyDigestMail: 'off',
        membershipId: theirs.owner.membershipId,
        id: theirs.owner.membershipId,
      }),
    );
    expect(named.status).toBe('success');
    expect((await preferencesOf(ours.owner.membershipId)).weeklyDigestMail).toBe(false);
    for (const member of [theirs.owner, theirs.manager, theirs.staff]) {
      expect(await preferencesOf(member.membershipId)).toEqual({
        weeklyDigestMail: true,
        monthlyReportMail: false,
      });
    }
  });
});
