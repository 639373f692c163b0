import { describe, expect, it } from 'vitest';
import { createOrganisationSchema } from './schemas';

const issuesOf = (name: unknown) =>
  createOrganisationSchema
    .safeParse({ name })
    .error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('createOrganisationSchema', () => {
  it('accepts a name with umlauts and punctuation, trimmed', () => {
    expect(createOrganisationSchema.parse({ name: '  Bäckerei Möller & Söhne, Nord  ' })).toEqual({
      name: 'Bäckerei Möller & Söhne, Nord',
    });
  });

  it('refuses a name with a line break on the name field', () => {
    for (const name of ['Bäckerei\nMöller', 'Bäckerei\r\nEND:VCALENDAR', 'Bäckerei\u2028Möller']) {
      expect(issuesOf(name), JSON.stringify(name)).toEqual([['name', 'textLineBreak']]);
    }
  });
});
