import { describe, expect, it } from 'vitest';
import { GET } from '@/app/calendar/[token]/route';
import { createCalendarFeed, revokeCalendarFeed } from '@/lib/calendar/calendar-feeds';
import { createTeam } from '@/tests/support/factories';

const tokenOf = (url: string) => /\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(url)![1]!;

describe('GET /calendar/[token]', () => {
  it('serves the feed as text/calendar without a session, and 404 once revoked', async () => {
    const team = await createTeam();
    const { url } = await createCalendarFeed(team.staff);
    const request = () =>
      GET(new Request(url), { params: Promise.resolve({ token: `${tokenOf(url)}.ics` }) });

    const response = await request();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, max-age=300');
    const body = await response.text();
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(body).toContain('DTSTART;TZID=Europe/Berlin:');

    await revokeCalendarFeed(team.staff);
    const revoked = await request();
    expect(revoked.status).toBe(404);
    expect(revoked.headers.get('cache-control')).toBe('no-store');
  });
});
