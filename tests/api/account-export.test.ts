import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/current-user';
import { createFilledTeam, unzipDownload } from '@/lib/data-rights/test-support';
import { db } from '@/lib/db/prisma';

// The route handler reads the signed-in user from next-auth's cookie; here it is given directly.
const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => signedIn.user }));
const route = await import('@/app/(app)/account/export/route');

beforeEach(() => {
  signedIn.user = null;
});

describe('GET /account/export', () => {
  it('answers 401 without a user and the zip with the export recorded for the signed-in one', async () => {
    const request = () => new Request('http://localhost/account/export');
    const refused = await route.GET(request());
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const { users } = await createFilledTeam();
    signedIn.user = users.manager;
    const response = await route.GET(request());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(await unzipDownload(response.body!)).toHaveProperty('profile.json');
    expect(
      await db.auditEvent.count({ where: { userId: users.manager.id, action: 'account.exported' } }),
    ).toBe(1);
  });
});
