import { describe, expect, it } from 'vitest';
import { personNameSchema, signUpSchema } from './schemas';

const signUp = { email: 'anna@example.de', password: 'deichbrise-2026' };

describe('personNameSchema', () => {
  it('accepts a name with umlauts, trimmed', () => {
    expect(personNameSchema.parse(' Jörg Müller-Lüdenscheidt ')).toBe('Jörg Müller-Lüdenscheidt');
    expect(signUpSchema.parse({ ...signUp, name: 'Anna Schäfer' }).name).toBe('Anna Schäfer');
  });

  it('refuses a name with a line break, on the sign-up form’s name field', () => {
    for (const name of ['Anna\nSchäfer', 'Anna\rSchäfer', 'Anna\u2029Schäfer']) {
      const issues = signUpSchema.safeParse({ ...signUp, name }).error?.issues;
      expect(issues?.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
        ['name', 'textLineBreak'],
      ]);
    }
  });
});
