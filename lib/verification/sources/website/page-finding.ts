import type { SourceObservation } from '../source-result';

// Something about the business's website a person should see and can fix: no website, a page
// that is not there or not HTML, one too large or redirecting for ever, one without structured
// data. The site answered (or there is none to ask), so it is an observation with no data, not
// "source unavailable", and it is not tried again before the next run.

export type WebsitePageFinding =
  | 'noWebsite'
  | 'pageStatus'
  | 'notHtml'
  | 'pageTooLarge'
  | 'tooManyRedirects'
  | 'invalidRedirect'
  /** The website's host name does not exist (a typo, an expired domain). */
  | 'siteNotFound'
  | 'noStructuredData';

export function pageFinding(
  finding: WebsitePageFinding,
  sourceUrl: string | null,
  details: Record<string, unknown> = {},
): SourceObservation {
  return {
    outcome: 'no-data',
    observed: null,
    differingFields: [],
    sourceUrl,
    externalId: null,
    externalVersion: null,
    details: { finding, ...details },
  };
}
