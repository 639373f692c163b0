import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { appErrorText, type Translator } from './app-error-text';
import { translatorFor } from './translator';

const german = translatorFor('de', '') as unknown as Translator;
const english = translatorFor('en', '') as unknown as Translator;

describe('appErrorText', () => {
  it("says the code's general message when the error names none", () => {
    expect(appErrorText(new AppError('NOT_FOUND'), german)).toBe(
      'Nicht gefunden – vielleicht wurde es gelöscht, oder Sie haben keinen Zugriff.',
    );
  });

  it('says the specific message with its values, in the language asked for', () => {
    const error = new AppError('LAST_OWNER', {
      messageKey: 'dataRights.account.lastOwner',
      params: { organisations: 'Deichbrise' },
    });
    expect(appErrorText(error, german)).toContain('letzte Inhaberin bzw. der letzte Inhaber von Deichbrise');
    expect(appErrorText(error, english)).toContain('Deichbrise');
    expect(appErrorText(error, english)).not.toBe(appErrorText(error, german));
  });

  it("falls back to the code's message for a key the catalogue lacks, never showing the key", () => {
    const error = new AppError('CONFLICT', { messageKey: 'locations.errors.noSuchMessage' });
    expect(appErrorText(error, german)).toBe('Das steht im Widerspruch zu vorhandenen Daten.');
  });

  it('keeps the internal text for logs apart from what people read', () => {
    const error = new AppError('CONFLICT', {
      messageKey: 'listings.errors.stale',
      internal: 'version 3 ≠ 4',
    });
    expect(error.message).toBe('version 3 ≠ 4');
    expect(appErrorText(error, english)).not.toContain('version 3');
  });
});
