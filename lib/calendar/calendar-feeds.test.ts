import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/prisma';
import { insertLongStandingLocation, setTestSchedule } from '@/lib/reminders/test-support';
import { hashLinkToken } from '@/lib/security/tokens';
import { createTeam, expectAppError } from '@/tests/support/factories';
import { calendarFeedFor, createCalendarFeed, hasCalendarFeed, revokeCalendarFeed } from './calendar-feeds';

const tokenOf = (url: string) => /\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(url)![1]!;

/** The content lines of an iCalendar text, unfolded (RFC 5545 §3.1), after checking its framing. */
function contentLines(ics: string) {
  const physical = ics.split('\r\n');
  expect(physical.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  expect(ics.replaceAll('\r\n', '')).not.toContain('\n');
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const open: string[] = [];
  for (const line of lines) {
    expect(line).toMatch(/^[A-Z-]+[;:]/);
    if (line.startsWith('BEGIN:')) open.push(line.slice(6));
    if (line.startsWith('END:')) expect(open.pop()).toBe(line.slice(4));
  }
  expect(open).toEqual([]);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  return lines;
}

const property = (lines: string[], name: string) => lines.filter((line) => line.split(/[;:]/)[0] === name);

/** The properties of type TEXT (RFC 5545 §3.3.11) the feed writes. */
const textProperties = ['NAME', 'X-WR-CALNAME', 'X-WR-TIMEZONE', 'UID', 'SUMMARY', 'DESCRIPTION', 'TZID'];

/** A TEXT value read back, after checking that `\\`, `;`, `,` and line breaks are all escaped. */
function textValue(line: string) {
  const value = line.slice(line.indexOf(':') + 1);
  expect(value.replace(/\\[\\;,nN]/g, ''), line).not.toMatch(/[\\;,\r\n]/);
  return value.replace(/\\([\\;,nN])/g, (_, escaped: string) => (/n/i.test(escaped) ? '\n' : escaped));
}

/** What a calendar shows for a name: each line break (CRLF, CR or LF) one newline. */
const asShown = (name: string) => name.replace(/\r\n|\r/g, '\n');

async function feedOf(url: string) {
  const ics = await calendarFeedFor(tokenOf(url));
  expect(ics).not.toBeNull();
  return contentLines(ics!);
}

describe('calendar feeds', () => {
  it('returns a secret URL once and stores only its hash', async () => {
    const team = await createTeam();
    expect(await hasCalendarFeed(team.staff)).toBe(false);
    const { url } = await createCalendarFeed(team.staff);
    expect(url.startsWith(`${new URL(process.env.NEXTAUTH_URL!).origin}/calendar/`)).toBe(true);
    const stored = await db.membership.findUniqueOrThrow({ where: { id: team.staff.membershipId } });
    expect(stored.calendarTokenHash).toBe(hashLinkToken(tokenOf(url)));
    expect(stored.calendarTokenHash).not.toContain(tokenOf(url));
    expect(await hasCalendarFeed(team.staff)).toBe(true);
    expect(await hasCalendarFeed(team.manager)).toBe(false);
  });

  it('holds a weekly event on the check-in day at the reminder hour in the organisation time zone', async () => {
    const team = await createTeam();
    await db.user.update({ where: { id: team.users.staff.id }, data: { locale: 'de' } });
    await insertLongStandingLocation(team.organisation.id, team.staff.membershipId, {
      name: 'Bäckerei Hafen',
    });
    await insertLongStandingLocation(team.organisation.id, team.staff.membershipId, {
      name: 'Bäckerei Lehe',
    });
    await insertLongStandingLocation(team.organisation.id, team.staff.membershipId, { archived: true });
    // Joined in summer: the first occurrence is in summer time, still written as 09:00.
    await db.membership.update({
      where: { id: team.staff.membershipId },
      data: { createdAt: new Date('2026-07-01T10:00:00Z') },
    });
    const lines = await feedOf((await createCalendarFeed(team.staff)).url);

    expect(property(lines, 'DTSTART').at(-1)).toBe('DTSTART;TZID=Europe/Berlin:20260703T090000');
    expect(property(lines, 'DTEND').at(-1)).toBe('DTEND;TZID=Europe/Berlin:20260703T093000');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=FR');
    expect(lines).toContain('SUMMARY:Wöchentlicher Check-in (2 Standorte)');
    expect(property(lines, 'UID')).toEqual([`UID:checkin-${team.staff.membershipId}@localhost:3000`]);
    expect(property(lines, 'URL')).toEqual([
      `URL;VALUE=URI:http://localhost:3000/o/${team.organisation.slug}/checkins`,
    ]);
    expect(property(lines, 'DESCRIPTION')[0]).toContain('Ihre Standorte: Bäckerei Hafen\\, Bäckerei Lehe');
    expect(property(lines, 'DTSTAMP')[0]).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);

    // The time zone is described: Berlin's two observances as yearly rules.
    const timeZone = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1);
    expect(timeZone).toContain('TZID:Europe/Berlin');
    expect(timeZone).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(timeZone).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(timeZone).toContain('TZOFFSETTO:+0200');
  });

  it("follows the organisation's schedule and the member's language", async () => {
    const team = await createTeam();
    await setTestSchedule(team.organisation.id, {
      checkinWeekday: 7,
      reminderHour: 18,
      timeZone: 'America/New_York',
    });
    await insertLongStandingLocation(team.organisation.id, team.manager.membershipId);
    await db.membership.update({
      where: { id: team.manager.membershipId },
      data: { createdAt: new Date('2026-12-30T12:00:00Z') },
    });
    const lines = await feedOf((await createCalendarFeed(team.manager)).url);
    // 2026-W53's Sunday is 3 January 2027, in winter time: still 18:00.
    expect(property(lines, 'DTSTART').at(-1)).toBe('DTSTART;TZID=America/New_York:20270103T180000');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=SU');
    expect(lines).toContain('SUMMARY:Weekly check-in (1 location)');
    expect(lines).toContain('TZID:America/New_York');
  });

  it('stops the old URL when a new one is made, and every URL when revoked', async () => {
    const team = await createTeam();
    const first = tokenOf((await createCalendarFeed(team.staff)).url);
    const second = tokenOf((await createCalendarFeed(team.staff)).url);
    expect(first).not.toBe(second);
    expect(await calendarFeedFor(first)).toBeNull();
    expect(await calendarFeedFor(second)).not.toBeNull();
    const managers = tokenOf((await createCalendarFeed(team.manager)).url);

    await revokeCalendarFeed(team.staff);
    expect(await calendarFeedFor(second)).toBeNull();
    expect(await hasCalendarFeed(team.staff)).toBe(false);
    // Only the member's own feed.
    expect(await calendarFeedFor(managers)).not.toBeNull();
  });

  it('knows no malformed tokens, and no feed of a disabled user', async () => {
    const team = await createTeam();
    const token = tokenOf((await createCalendarFeed(team.staff)).url);
    expect(await calendarFeedFor('')).toBeNull();
    expect(await calendarFeedFor(`${token}x`)).toBeNull();
    expect(await calendarFeedFor(token.replace(/^./, token.startsWith('A') ? 'B' : 'A'))).toBeNull();
    await db.user.update({ where: { id: team.users.staff.id }, data: { disabledAt: new Date() } });
    expect(await calendarFeedFor(token)).toBeNull();
  });

  it('answers NOT_FOUND for a member context whose membership is gone', async () => {
    const team = await createTeam();
    await db.membership.delete({ where: { id: team.staff.membershipId } });
    await expectAppError(createCalendarFeed(team.staff), 'NOT_FOUND');
  });

  it('writes names with line breaks, stored before the single-line rule, as text and never as lines', async () => {
    const team = await createTeam();
    const injected = 'END:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:pwn';
    const organisationName = `Bäckerei; Nord, Süd \\\r\n${injected}`;
    const locationName = `Hafen\n${injected}\rUID:pwn`;
    // Straight into the database, as names stored before the rule may still be. The member's
    // name is not in the feed today; a hostile one is there to keep it so if that changes.
    await db.organisation.update({ where: { id: team.organisation.id }, data: { name: organisationName } });
    await db.user.update({
      where: { id: team.users.staff.id },
      data: { name: `Anna\r\n${injected}`, locale: 'en' },
    });
    await insertLongStandingLocation(team.organisation.id, team.staff.membershipId, { name: locationName });
    const { url } = await createCalendarFeed(team.staff);
    const lines = await feedOf(url);

    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.filter((line) => line === 'END:VCALENDAR')).toHaveLength(1);
    expect(lines.filter((line) => /^(SUMMARY|UID):pwn/.test(line))).toEqual([]);
    expect(property(lines, 'SUMMARY')).toEqual(['SUMMARY:Weekly check-in (1 location)']);
    for (const line of lines.filter((line) => textProperties.includes(line.split(/[;:]/)[0]!))) {
      textValue(line);
    }
    for (const name of ['NAME', 'X-WR-CALNAME']) {
      expect(property(lines, name).map(textValue)).toEqual([
        `Ortsbild – check-ins ${asShown(organisationName)}`,
      ]);
    }
    const description = textValue(property(lines, 'DESCRIPTION')[0]!);
    expect(description).toContain(`Weekly check-in in ${asShown(organisationName)}:`);
    expect(description).toContain(`Your locations: ${asShown(locationName)}`);
    expect(property(lines, 'UID').map(textValue)).toEqual([
      `checkin-${team.staff.membershipId}@localhost:3000`,
    ]);
  });
});
