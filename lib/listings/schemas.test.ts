import { describe, expect, it } from 'vitest';
import { customPlatformSchema } from './schemas';

const platform = { kind: 'DIRECTORY' };

describe('customPlatformSchema', () => {
  it('accepts a platform name with umlauts', () => {
    expect(customPlatformSchema.parse({ ...platform, name: 'Stadtportal Lüneburg' }).name).toBe(
      'Stadtportal Lüneburg',
    );
  });

  it('refuses a platform name with a line break on the name field', () => {
    for (const name of ['Stadtportal\nLüneburg', 'Stadtportal\r\nLüneburg', 'Stadtportal\u0085Lüneburg']) {
      const issues = customPlatformSchema.safeParse({ ...platform, name }).error?.issues ?? [];
      expect(
        issues.map((issue) => [issue.path.join('.'), issue.message]),
        JSON.stringify(name),
      ).toContainEqual(['name', 'textLineBreak']);
    }
  });
});
