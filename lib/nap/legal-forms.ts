// German legal forms in business names, with the ways people write them. The patterns run on a
// name that has been folded and stripped of dots and other punctuation ("G.m.b.H." is "gmbh",
// "e. K." is "e k", "&" and "+" are "und"), so they only list the variants that remain.

type LegalForm = { pattern: string; canonical: (written: string) => string };

const always = (canonical: string) => () => canonical;
const limitedCompany = 'gmbh|ag|se|(?:ug|unternehmergesellschaft)(?: haftungsbeschr(?:aenkt)?)?';

/** "GmbH & Co. KG", "UG (haftungsbeschränkt) & Co. KG", "AG & Co. KGaA" … */
function limitedPartnership(written: string) {
  const partner = written.startsWith('u') ? 'ug (haftungsbeschraenkt)' : written.split(' ')[0];
  return `${partner} & co. ${written.endsWith('kgaa') ? 'kgaa' : 'kg'}`;
}

// Longest first: "GmbH & Co. KG" must not be read as "GmbH" followed by "KG".
const legalForms: LegalForm[] = [
  { pattern: `(?:${limitedCompany}) (?:und |u )?co ?kg(?:aa)?`, canonical: limitedPartnership },
  {
    pattern: 'g ?gmbh|gemeinnuetzige (?:gmbh|gesellschaft mit beschraenkter haftung)',
    canonical: always('ggmbh'),
  },
  { pattern: 'g ?m ?b ?h|mbh|gesellschaft mit beschraenkter haftung', canonical: always('gmbh') },
  {
    pattern: '(?:ug|unternehmergesellschaft)(?: haftungsbeschr(?:aenkt)?)?',
    canonical: always('ug (haftungsbeschraenkt)'),
  },
  { pattern: 'e ?k(?:fm|fr|ffr)?|eingetragene[r]? kauf(?:mann|frau)', canonical: always('e.k.') },
  { pattern: 'e ?v|eingetragener verein', canonical: always('e.v.') },
  { pattern: 'eg|eingetragene genossenschaft', canonical: always('eg') },
  { pattern: 'kgaa|kommanditgesellschaft auf aktien', canonical: always('kgaa') },
  { pattern: 'kg|kommanditgesellschaft', canonical: always('kg') },
  { pattern: 'o ?hg|offene handelsgesellschaft', canonical: always('ohg') },
  { pattern: 'gbr|gesellschaft buergerlichen rechts', canonical: always('gbr') },
  { pattern: 'partg ?mbb', canonical: always('partg mbb') },
  { pattern: 'partg|partnerschaftsgesellschaft', canonical: always('partg') },
  { pattern: 'ag|aktiengesellschaft', canonical: always('ag') },
  { pattern: 'se', canonical: always('se') },
];

const anyLegalForm = new RegExp(
  `(?:^| )(?:${legalForms.map((form, index) => `(?<form${index}>${form.pattern})`).join('|')})(?= |$)`,
  'g',
);

/**
 * Splits a cleaned name (see above) into the name without its legal forms and the legal forms
 * in canonical spelling: "baeckerei meyer gmbh und co kg" → "baeckerei meyer" + "gmbh & co. kg".
 * Legal forms are found anywhere in the name, as whole words.
 */
export function splitLegalForm(cleanedName: string): { base: string; legalForm: string | null } {
  const found: string[] = [];
  const removeLegalForms = (text: string) =>
    text
      .replace(anyLegalForm, (...args) => {
        const groups = args.at(-1) as Record<string, string | undefined>;
        const index = legalForms.findIndex((_, i) => groups[`form${i}`] !== undefined);
        found.push(legalForms[index]!.canonical(groups[`form${index}`]!));
        return ' ';
      })
      .replace(/ +/g, ' ')
      .trim();
  // Until none is left: taking one out can bring the halves of another together ("e GmbH K").
  let base = cleanedName.replace(/ +/g, ' ').trim();
  for (let rest = removeLegalForms(base); rest !== base; rest = removeLegalForms(base)) base = rest;
  return { base, legalForm: found.length ? found.join(' ') : null };
}
