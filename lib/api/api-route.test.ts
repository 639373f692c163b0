import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { callApi, tokenFor } from '@/tests/support/api-requests';
import { createTeam } from '@/tests/support/factories';
import { apiRoute } from './api-route';
import { localeOfRequest } from './request-locale';

afterEach(() => vi.restoreAllMocks());

async function answerOf(error: unknown, headers: Record<string, string> = {}) {
  const team = await createTeam();
  const token = await tokenFor(team.owner);
  const route = apiRoute(async () => {
    throw error;
  });
  return callApi(route, { token, headers });
}

describe('apiRoute', () => {
  it('hands the handler the token’s organisation and the route params', async () => {
    const team = await createTeam();
    const token = await tokenFor(team.owner);
    const route = apiRoute<{ id: string }>(async (_request, { member, params }) =>
      Response.json({ organisation: member.organisation.slug, id: params.id, role: member.role }),
    );
    const answer = await callApi(route, { token, params: { id: 'x' } });
    expect(answer.json).toEqual({ organisation: team.organisation.slug, id: 'x', role: 'MANAGER' });
  });

  it('maps domain errors to their HTTP status', async () => {
    expect((await answerOf(new AppError('FORBIDDEN'))).json).toEqual({
      error: { code: 'FORBIDDEN', message: 'You do not have permission to do that.' },
    });
    expect((await answerOf(new AppError('FORBIDDEN'))).status).toBe(403);
    expect((await answerOf(new AppError('NOT_FOUND'))).status).toBe(404);
    const conflict = await answerOf(
      new AppError('CONFLICT', { messageKey: 'locations.errors.storeCodeTaken', field: 'storeCode' }),
    );
    expect(conflict.status).toBe(409);
    expect(conflict.json?.error.fields).toEqual({
      storeCode: ['Another location already has this store code.'],
    });
  });

  it('answers 422 with messages per field for zod errors', async () => {
    const result = z.object({ name: z.string({ error: 'locations.errors.nameRequired' }) }).safeParse({});
    const answer = await answerOf(result.error);
    expect(answer.status).toBe(422);
    expect(answer.json?.error.fields).toEqual({
      name: ['Please enter the name as customers should see it.'],
    });
  });

  it('answers 500 without details for unexpected errors, and logs them', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const answer = await answerOf(new Error('connection string postgres://secret@db'), {
      'accept-language': 'de',
    });
    expect(answer.status).toBe(500);
    expect(answer.json?.error.code).toBe('INTERNAL_ERROR');
    expect(answer.text).not.toContain('secret');
    expect(answer.json?.error.message).toMatch(/unerwarteter Fehler/);
    expect(logged).toHaveBeenCalled();
  });
});

describe('localeOfRequest', () => {
  const localeFor = (header?: string) =>
    localeOfRequest(
      new Request('http://localhost/', { headers: header ? { 'accept-language': header } : {} }),
    );

  it('prefers German only when the client ranks it above English', () => {
    expect(localeFor()).toBe('en');
    expect(localeFor('de')).toBe('de');
    expect(localeFor('de-DE,de;q=0.9,en;q=0.8')).toBe('de');
    expect(localeFor('en-US,en;q=0.9,de;q=0.8')).toBe('en');
    expect(localeFor('fr-FR,de;q=0.5')).toBe('de');
    expect(localeFor('en;q=0.2,de;q=0.7')).toBe('de');
    expect(localeFor('de;q=0')).toBe('en');
  });
});
