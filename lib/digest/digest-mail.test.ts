import { describe, expect, it } from 'vitest';
import { composeDigestMail, type DigestLinks } from './digest-mail';
import type { WeeklyDigest } from './read-digest';

const links: DigestLinks = {
  checkIns: 'https://app.example/o/baeckerei/checkins?week=2026-W48',
  listings: 'https://app.example/o/baeckerei/listings',
  changes: 'https://app.example/o/baeckerei',
  preferences: 'https://app.example/o/baeckerei/notifications/mail',
};

const managerDigest: WeeklyDigest = {
  oversees: true,
  lastWeek: { year: 2026, week: 48 },
  thisWeek: { year: 2026, week: 49 },
  checkIns: { myOverdue: 0, myOpen: 1, overseenOverdue: 2 },
  listings: {
    mine: { finishClaim: 1 },
    overseen: { fixData: 1, create: 3 },
    topLocations: [{ id: 'a', name: 'Filiale <Altstadt>', count: 2 }],
  },
  changes: {
    total: 2,
    automatic: 1,
    locations: 2,
    latest: [
      {
        locationId: 'a',
        locationName: 'Filiale Hafen',
        platformName: 'Google',
        changedAt: '2026-11-28T10:00:00Z',
        changedByName: 'Test',
        source: 'WEBSITE',
        statusFrom: 'LIVE',
        statusTo: 'NEEDS_UPDATE',
      },
    ],
  },
};

const recipient = {
  name: 'Maria',
  organisationName: 'Bäckerei & Söhne',
  checkinWeekday: 5,
  groupLimited: false,
};

describe('composeDigestMail', () => {
  it('writes German text with a link per section and the way to unsubscribe', () => {
    const mail = composeDigestMail(managerDigest, { ...recipient, locale: 'de' }, links);
    expect(mail.subject).toBe('Bäckerei & Söhne: Ihre Woche (KW 49)');
    expect(mail.text).toContain('Hallo Maria,');
    expect(mail.text).toContain('- Offen für KW 49, fällig am Freitag, 4.12.: 1 Standort');
    expect(mail.text).toContain('- In der Organisation überfällig aus KW 48: 2 Check-ins');
    expect(mail.text).toContain('- Alle Standorte: 4 Einträge\n  - Daten auf der Plattform korrigieren: 1');
    expect(mail.text).toContain('  - Am meisten bei: Filiale <Altstadt> (2)');
    expect(mail.text).toContain(
      '  - Filiale Hafen · Google: Live und korrekt → Muss aktualisiert werden (automatische Prüfung: Ihre Website)',
    );
    expect(mail.text).toContain(`Check-ins öffnen: ${links.checkIns}`);
    expect(mail.text).toContain(`Einträge öffnen: ${links.listings}`);
    expect(mail.text).toContain(`Änderungen ansehen: ${links.changes}`);
    expect(mail.text.trimEnd().endsWith(links.preferences)).toBe(true);
  });

  it('writes the same as HTML, escaped, in English for an English member', () => {
    const mail = composeDigestMail(managerDigest, { ...recipient, locale: 'en', groupLimited: true }, links);
    expect(mail.subject).toBe('Bäckerei & Söhne: your week (week 49)');
    expect(mail.text).toContain('- In your groups, overdue from week 48: 2 check-ins');
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.html).toContain('Filiale &#60;Altstadt&#62; (2)');
    expect(mail.html).not.toContain('<Altstadt>');
    expect(mail.html).toContain('Bäckerei &#38; Söhne');
    expect(mail.html).toContain(`href="${links.preferences}"`);
    expect(mail.html).toContain(
      `href="${links.checkIns}" style="color:#1d4ed8;font-weight:600">Open check-ins →</a>`,
    );
    expect(mail.html).toContain('<li>Your groups: 4 listings<ul');
  });

  it('leaves out the sections with nothing in them', () => {
    const quiet: WeeklyDigest = {
      ...managerDigest,
      oversees: false,
      checkIns: { myOverdue: 0, myOpen: 0, overseenOverdue: 5 },
      listings: { mine: { recheck: 2 }, overseen: { recheck: 9 }, topLocations: [] },
      changes: { total: 0, automatic: 0, locations: 0, latest: [] },
    };
    const mail = composeDigestMail(quiet, { ...recipient, locale: 'en' }, links);
    expect(mail.text).not.toContain('Check-ins');
    expect(mail.text).not.toContain('Changes in the last 7 days');
    expect(mail.text).toContain('- Your locations: 2 listings\n  - Check again: 2');
    expect(mail.text).not.toContain('All locations');
  });
});
