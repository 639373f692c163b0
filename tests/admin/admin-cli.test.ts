import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { GET as listLocationsRoute, POST as createLocationRoute } from '@/app/api/v1/locations/route';
import { verifyPassword } from '@/lib/auth/password';
import { createDatabaseIfMissing, databaseUrlFor, startLocalPostgres } from '@/lib/db/local-postgres';
import { db } from '@/lib/db/prisma';
import { applyMigrations } from '@/lib/db/schema-engine';
import { callApi } from '@/tests/support/api-requests';
import { createTestOrganisation, createTestUser, uniqueEmail } from '@/tests/support/factories';

const run = promisify(execFile);

/** Runs `npm run admin -- …` as a child process on the test database (or as `options` say). */
async function admin(...args: string[]) {
  return adminWith({ DATABASE_URL: process.env.DATABASE_URL }, process.cwd(), ...args);
}

async function adminWith(env: Record<string, string | undefined>, cwd: string, ...args: string[]) {
  try {
    // Absolute paths: `cwd` may be another project folder.
    const script = path.resolve('scripts/admin.ts');
    const tsx = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;
    const { stdout, stderr } = await run(process.execPath, ['--import', tsx, script, ...args], {
      env: { ...process.env, TSX_TSCONFIG_PATH: path.resolve('tsconfig.json'), ...env },
      cwd,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run admin', () => {
  it('prints its usage', async () => {
    const help = await admin('help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('create-token --org <slug> --name <name>');
    expect((await admin('frobnicate')).code).toBe(2);
  });

  it('creates a user, lists organisations and makes a token that works against the API', async () => {
    const email = uniqueEmail('admin-cli');
    const created = await admin('create-user', '--email', email, '--name', 'Ada Admin');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const password = /Password: (\S+)/.exec(created.stdout)?.[1];
    expect(password).toHaveLength(24);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await verifyPassword(user.passwordHash!, password!)).toBe(true);

    const organisation = await createTestOrganisation(user, `CLI Bakery ${randomUUID().slice(0, 8)}`);
    const listed = await admin('list-organisations');
    expect(listed.code).toBe(0);
    const row = listed.stdout.split('\n').find((line) => line.startsWith(`${organisation.slug} `));
    expect(row?.split(/\s{2,}/)).toEqual([organisation.slug, organisation.name, '1', '0']);

    const tokenRun = await admin('create-token', '--org', organisation.slug, '--name', 'ERP');
    expect(tokenRun.code).toBe(0);
    const token = /ob_[A-Za-z0-9_-]{43}/.exec(tokenRun.stdout)?.[0];
    expect(token).toBeDefined();

    const createdLocation = await callApi(createLocationRoute, {
      token,
      method: 'POST',
      body: {
        storeCode: 'CLI-1',
        name: 'Filiale',
        street: 'Markt 1',
        postalCode: '27568',
        city: 'Bremerhaven',
      },
    });
    expect(createdLocation.status).toBe(201);
    const listedLocations = await callApi(listLocationsRoute, { token });
    expect(listedLocations.json).toMatchObject({ total: 1, data: [{ storeCode: 'CLI-1' }] });
    expect(await db.location.count({ where: { organisationId: organisation.id } })).toBe(1);
    const stored = await db.apiToken.findFirstOrThrow({ where: { organisationId: organisation.id } });
    expect(stored).toMatchObject({ name: 'ERP', createdByUserId: null, lastUsedAt: expect.any(Date) });
  });

  it('refuses common passwords, taken emails, unknown organisations and bad names', async () => {
    const email = uniqueEmail('admin-cli');
    const common = await admin('create-user', '--email', email, '--name', 'Bo', '--password', 'password123');
    expect(common.code).toBe(1);
    expect(common.stderr).toMatch(/too common/);
    expect(await db.user.count({ where: { email } })).toBe(0);

    const existing = await createTestUser();
    const taken = await admin('create-user', '--email', existing.email, '--name', 'Bo');
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/already exists/);

    expect((await admin('create-token', '--org', `missing-${randomUUID()}`, '--name', 'X')).stderr).toMatch(
      /No organisation/,
    );
    expect((await admin('create-token', '--org', 'any', '--name', ' ')).stderr).toMatch(/--name/);
    expect((await admin('create-user', '--email', 'not-an-email', '--name', 'X')).stderr).toMatch(/--email/);
  });

  it('resets a password and ends the user’s sessions', async () => {
    const user = await createTestUser({ password: 'Old-Password-2026' });
    const session = await db.authSession.create({
      data: { userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) },
    });
    const reset = await admin('reset-password', '--email', user.email, '--password', 'Neues-Deichpasswort-7');
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain('1 session(s) ended');
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash!, 'Neues-Deichpasswort-7')).toBe(true);
    expect((await db.authSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).not.toBeNull();

    const unknown = await admin('reset-password', '--email', uniqueEmail('nobody'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No user/);
  });

  it('works while `npm start` holds the embedded database, connecting to the running server', async () => {
    // A project folder whose embedded PostgreSQL runs, as under `npm start`.
    const project = await mkdtemp(path.join(tmpdir(), 'ortsbild-admin-'));
    // Run as root, PostgreSQL runs as its own user, which must reach the data directory.
    await chmod(project, 0o755);
    const server = await startLocalPostgres(path.join(project, '.data', 'postgres'), { quiet: true });
    try {
      await createDatabaseIfMissing(server.serverUrl, 'ortsbild');
      await applyMigrations(databaseUrlFor(server.serverUrl, 'ortsbild'));
      const listed = await adminWith({ DATABASE_URL: '' }, project, 'list-organisations');
      expect(listed.stderr).toBe('');
      expect(listed.code).toBe(0);
      expect(listed.stdout).toContain('No organisations.');
    } finally {
      await server.stop();
      await rm(project, { recursive: true, force: true });
    }
  }, 60_000);

  it('says in one line why it failed, without a stack trace', async () => {
    const unreachable = await adminWith(
      { DATABASE_URL: 'postgresql://nobody:secret@127.0.0.1:9/none' },
      process.cwd(),
      'list-organisations',
    );
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr.trim().split('\n')).toHaveLength(1);
    expect(unreachable.stderr).toMatch(/^list-organisations failed: /);
    expect(unreachable.stderr).not.toMatch(/\n {2,}at /);
  });
});
