import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db/prisma';
import { createTeam, createTestUser, insertTestLocation } from '@/tests/support/factories';

// The route handler reads the signed-in user from next-auth's cookie; here it is given directly.
const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => signedIn.user }));
const route = await import('@/app/(app)/o/[slug]/verification-runs/[runId]/route');

const context = (slug: string, runId: string) => ({ params: Promise.resolve({ slug, runId }) });
const get = (slug: string, runId: string) => route.GET(new Request('http://localhost'), context(slug, runId));

async function teamWithRun() {
  const team = await createTeam();
  const locationId = await insertTestLocation(team.organisation.id, 'Hafen');
  const run = await db.verificationRun.create({
    data: { organisationId: team.organisation.id, locationId, trigger: 'MANUAL', sources: ['OPENSTREETMAP'] },
  });
  await db.verificationTask.create({
    data: {
      runId: run.id,
      organisationId: team.organisation.id,
      locationId,
      source: 'OPENSTREETMAP',
      status: 'QUEUED',
      reason: 'status-429',
    },
  });
  return { team, run, locationId };
}

beforeEach(() => {
  signedIn.user = null;
});

describe('GET /o/[slug]/verification-runs/[runId]', () => {
  it("answers any member the run's progress per source, uncached", async () => {
    const { team, run, locationId } = await teamWithRun();
    signedIn.user = team.users.staff;
    const response = await get(team.organisation.slug, run.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.json()).toEqual({
      id: run.id,
      locationId,
      trigger: 'MANUAL',
      createdAt: run.createdAt.toISOString(),
      finishedAt: null,
      settled: false,
      sources: [
        {
          source: 'OPENSTREETMAP',
          total: 1,
          done: 0,
          failed: 0,
          skipped: 0,
          queued: 1,
          running: 0,
          retrying: 1,
          reasons: [],
          outcomes: {},
          retryReasons: [{ reason: 'status-429', count: 1 }],
        },
      ],
    });
  });

  it("answers 404 for another organisation's run, a malformed id and an organisation one is not in", async () => {
    const { team, run } = await teamWithRun();
    const other = await createTeam();
    signedIn.user = other.users.owner;
    for (const [slug, runId] of [
      [other.organisation.slug, run.id],
      [other.organisation.slug, 'not-a-uuid'],
      [team.organisation.slug, run.id],
    ] as const) {
      const response = await get(slug, runId);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });

  it('answers 401 without a signed-in user', async () => {
    const { team, run } = await teamWithRun();
    expect((await get(team.organisation.slug, run.id)).status).toBe(401);
    signedIn.user = await createTestUser();
    expect((await get(team.organisation.slug, run.id)).status).toBe(404);
  });
});
