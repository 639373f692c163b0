import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/current-user';
import { createFilledTeam, unzipDownload, type FilledTeam } from '@/lib/data-rights/test-support';
import { db } from '@/lib/db/prisma';
import { createTestUser } from '@/tests/support/factories';

// The route handler reads the signed-in user from next-auth's cookie; here it is given directly.
const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => signedIn.user }));
const route = await import('@/app/(app)/o/[slug]/settings/data/export/route');

const context = (slug: string) => ({ params: Promise.resolve({ slug }) });

let team: FilledTeam;
let other: FilledTeam;

beforeEach(async () => {
  signedIn.user = null;
  [team, other] = await Promise.all([createFilledTeam(), createFilledTeam()]);
});

describe('GET /o/[slug]/settings/data/export', () => {
  it('answers the owner with a zip download and records the export', async () => {
    signedIn.user = team.users.owner;
    const response = await route.GET(new Request('http://localhost'), context(team.organisation.slug));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="ortsbild-${team.organisation.slug}-\\d{8}-\\d{4}Z\\.zip"$`),
    );
    const files = await unzipDownload(response.body!);
    expect(files['manifest.json']).toContain(team.organisation.id);
    expect(
      await db.auditEvent.count({
        where: {
          organisationId: team.organisation.id,
          action: 'organisation.exported',
          userId: team.users.owner.id,
        },
      }),
    ).toBe(1);
  });

  it('answers 401 without a user and 404 to non-owners, members of other organisations and unknown slugs', async () => {
    expect((await route.GET(new Request('http://localhost'), context(team.organisation.slug))).status).toBe(
      401,
    );
    for (const user of [team.users.manager, team.users.staff, other.users.owner, await createTestUser()]) {
      signedIn.user = user;
      const response = await route.GET(new Request('http://localhost'), context(team.organisation.slug));
      expect(response.status).toBe(404);
    }
    signedIn.user = team.users.owner;
    expect((await route.GET(new Request('http://localhost'), context('no-such-organisation'))).status).toBe(
      404,
    );
    // Nothing exported; the refusals of the organisation's own members are in its audit log.
    const recorded = await db.auditEvent.findMany({
      where: {
        organisationId: { in: [team.organisation.id, other.organisation.id] },
        action: { in: ['access.denied', 'organisation.exported'] },
      },
      select: { action: true, userId: true },
    });
    expect(recorded).toHaveLength(2);
    expect(recorded).toEqual(
      expect.arrayContaining([
        { action: 'access.denied', userId: team.users.manager.id },
        { action: 'access.denied', userId: team.users.staff.id },
      ]),
    );
  });
});
