import { describe, expect, it } from 'vitest';
import { createOrganisationSchema } from './schemas';

const issuesOf = (name: unknown, input: { businessType?: unknown } = { businessType: 'OTHER' }) =>
  createOrganisationSchema
    .safeParse({ name, ...input })
    .error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('createOrganisationSchema', () => {
  it('accepts a name with umlauts and punctuation, trimmed', () => {
    expect(
      createOrganisationSchema.parse({
        name: '  Bäckerei Möller & Söhne, Nord  ',
        businessType: 'BAKERY_FOOD',
      }),
    ).toEqual({ name: 'Bäckerei Möller & Söhne, Nord', businessType: 'BAKERY_FOOD' });
  });

  it('asks for the kind of business, on its own field', () => {
    for (const businessType of [undefined, '', 'bakery', 'ALL'])
      expect(issuesOf('Fischkiosk am Hafen', { businessType })).toEqual([
        ['businessType', 'businessTypes.errors.required'],
      ]);
  });

  it('refuses a name with a line break on the name field', () => {
    for (const name of ['Bäckerei\nMöller', 'Bäckerei\r\nEND:VCALENDAR', 'Bäckerei\u2028Möller']) {
      expect(issuesOf(name), JSON.stringify(name)).toEqual([['name', 'textLineBreak']]);
    }
  });
});
