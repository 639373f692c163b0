import { describe, expect, it } from 'vitest';
import { verificationSettingsSchema } from './schemas';

describe('verificationSettingsSchema', () => {
  it('reads no ticked box, one and several, each source once', () => {
    expect(verificationSettingsSchema.parse({ schedule: 'OFF' }).sources).toEqual([]);
    expect(verificationSettingsSchema.parse({ sources: 'WEBSITE', schedule: 'DAILY' }).sources).toEqual([
      'WEBSITE',
    ]);
    expect(
      verificationSettingsSchema.parse({
        sources: ['OPENSTREETMAP', 'WEBSITE', 'WEBSITE'],
        schedule: 'WEEKLY',
      }).sources,
    ).toEqual(['OPENSTREETMAP', 'WEBSITE']);
  });

  it('names the field of an unknown source or schedule', () => {
    const result = verificationSettingsSchema.safeParse({ sources: ['BING'], schedule: 'HOURLY' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ['sources', 'verification.errors.sourceInvalid'],
      ['schedule', 'verification.errors.scheduleInvalid'],
    ]);
  });
});
