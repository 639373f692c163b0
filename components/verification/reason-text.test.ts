import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import { reasonKind, reasonText } from './reason-text';

describe('reasonKind', () => {
  it.each([
    ['status-503', 'unreachable'],
    ['status-504', 'unreachable'],
    ['status-408', 'unreachable'],
    ['timeout', 'unreachable'],
    ['dns_failed', 'unreachable'],
    ['invalid-answer', 'unreachable'],
    ['refused-robots_unreachable', 'unreachable'],
    ['status-429', 'slowDown'],
    ['status-400', 'rejected'],
    ['status-403-PERMISSION_DENIED', 'rejected'],
    ['incomplete-answer', 'incomplete'],
    ['refused-disallowed_by_robots', 'robots'],
    ['refused-address_not_allowed', 'notAllowed'],
    ['refused-port_not_allowed', 'notAllowed'],
    ['no-position', 'noPosition'],
    ['already-running', 'alreadyRunning'],
    ['not-configured', 'notConfigured'],
    ['internal-error', 'internal'],
    ['something-new', 'other'],
    ['status-5030', 'other'],
  ])('reads %s as %s', (code, kind) => {
    expect(reasonKind(code)).toBe(kind);
  });
});

describe('reasonText', () => {
  it('says in words what kept a source from answering, with the code for those who look further', () => {
    const de = translatorFor('de', 'verification');
    expect(reasonText(de, 'OPENSTREETMAP', 'status-503')).toBe(
      'OpenStreetMap ist gerade nicht erreichbar (status-503)',
    );
    expect(reasonText(de, 'WEBSITE', 'refused-disallowed_by_robots')).toBe(
      'Die robots.txt der Website erlaubt keinen Abruf (refused-disallowed_by_robots)',
    );
    const en = translatorFor('en', 'verification');
    expect(reasonText(en, 'GOOGLE', 'status-429')).toBe('Google asks to be asked less often (status-429)');
    expect(reasonText(en, 'GOOGLE', 'odd<code>')).toBe('Google: not checked (odd<code>)');
  });
});
