// The bounds a fetched page is read within. A page is someone else's text: whatever it holds, the
// reader must finish in milliseconds and keep its memory near the page's own size, so every
// repetition (elements, nesting, scripts, JSON nodes, values) has a ceiling here. Past a ceiling
// the rest is skipped and the reading says so in a finding; nothing throws.

export const websiteReadingLimits = {
  /** Characters of HTML read; the safe outbound module stops a body at 2 MB already. */
  pageCharacters: 3_000_000,
  /** Elements kept inside microdata items; past this, further items are not read. */
  elements: 20_000,
  /** Open elements kept one inside the other; deeper markup counts as its ancestor's content. */
  elementDepth: 128,
  /** JSON-LD scripts read on one page. */
  scripts: 50,
  /** Characters of one JSON-LD script. */
  scriptCharacters: 1_000_000,
  /** Arrays and objects inside each other in one JSON-LD script. */
  jsonDepth: 48,
  /** Objects and arrays visited in all JSON-LD and microdata of a page together. */
  structuredNodes: 20_000,
  /** Microdata items (itemscope) read on one page. */
  microdataItems: 2_000,
  /** Elements looked at to gather the text of one microdata value. */
  valueElements: 500,
  /** Businesses reported for one page; a chain's store finder rarely lists more on one page. */
  businesses: 200,
  /** Opening-hours entries (specifications or texts) read per business. */
  hoursEntries: 200,
} as const;

/** The longest plain text kept per field, as the NAP comparison accepts it (lib/nap/schemas.ts). */
export const fieldLengths = {
  name: 200,
  street: 200,
  postalCode: 20,
  city: 100,
  region: 100,
  phone: 50,
  website: 2048,
  hoursText: 500,
  type: 100,
  id: 2048,
} as const;
export type TextField = keyof typeof fieldLengths;
