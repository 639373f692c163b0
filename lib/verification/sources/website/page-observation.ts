import { napFields, type NapComparison } from '@/lib/nap/schemas';
import { checkWebsitePage } from '@/lib/verification/website/check-website-page';
import type { WebsiteObservation } from '@/lib/verification/website/observation';
import type { EntryChoice } from '@/lib/verification/website/pick-entry';
import type {
  ObservationField,
  ObservedValues,
  SourceObservation,
  VerifiableLocation,
} from '../source-result';
import { pageFinding } from './page-finding';
import { checkWebsiteHours, type WebsiteHoursCheck } from './website-hours';

// A fetched page read for one location: the business that is the location's compared with the
// master data (consistent or different), a chain page's stores when none or several fit, or the
// finding that the page has no structured data, with the JSON-LD to paste into it.

/** A chain page may list hundreds of stores; the person choosing needs the first few. */
export const candidatesShown = 10;

export function observeWebsitePage(
  html: string,
  pageUrl: string,
  location: VerifiableLocation,
  now: Date,
): SourceObservation {
  const { reading, choice, nap, suggestedSnippet } = checkWebsitePage(html, pageUrl, location);
  const findings = reading.findings;
  if (choice.kind === 'none') {
    return pageFinding('noStructuredData', pageUrl, { findings, snippet: suggestedSnippet });
  }
  if (choice.kind !== 'found') {
    return {
      outcome: choice.kind === 'ambiguous' ? 'ambiguous' : 'not-found',
      observed: null,
      differingFields: [],
      sourceUrl: pageUrl,
      externalId: null,
      externalVersion: null,
      details: { findings, ...candidatesOf(choice) },
    };
  }
  const { business } = choice;
  const hours = checkWebsiteHours(location, business, now);
  const { differingFields, missingFields } = fieldsOf(nap!.fields, hours);
  return {
    outcome: differingFields.length === 0 ? 'consistent' : 'different',
    observed: observedValuesOf(business),
    differingFields,
    sourceUrl: pageUrl,
    externalId: business.source.id,
    externalVersion: null,
    details: {
      findings,
      matchedBy: choice.matchedBy,
      structuredData: { kind: business.source.kind, type: business.source.type },
      fields: Object.fromEntries(napFields.map((field) => [field, nap!.fields[field].result])),
      missingFields,
      ...hoursDetails(hours),
    },
  };
}

/**
 * Differing: the page states another value. Missing: the master data has a value the page does not
 * state, which is worth adding to the page but not a contradiction. Not checked: the master data
 * has no value.
 */
function fieldsOf(fields: NapComparison['fields'], hours: WebsiteHoursCheck) {
  const differingFields: ObservationField[] = [];
  const missingFields: ObservationField[] = [];
  for (const field of napFields) {
    const { result, master, platform } = fields[field];
    if (result !== 'mismatch' || master === null) continue;
    (platform === null ? missingFields : differingFields).push(field);
  }
  if (hours.kind === 'different') differingFields.push('openingHours');
  if (hours.kind === 'missing') missingFields.push('openingHours');
  return { differingFields, missingFields };
}

function hoursDetails(hours: WebsiteHoursCheck) {
  if (hours.kind === 'equal') return { hoursCompared: { from: hours.from, to: hours.to } };
  if (hours.kind !== 'different') return { hoursCompared: null };
  return {
    hoursCompared: { from: hours.from, to: hours.to },
    hours: hours.differences,
    moreHoursDifferences: hours.moreDifferences,
  };
}

function observedValuesOf(business: WebsiteObservation): ObservedValues {
  const { name, street, postalCode, city, phone, website, openingHours, latitude, longitude } = business;
  return { name, street, postalCode, city, phone, website, openingHours, latitude, longitude };
}

function candidatesOf(choice: Extract<EntryChoice, { kind: 'ambiguous' | 'notFound' }>) {
  return {
    candidates: choice.candidates.slice(0, candidatesShown).map((business) => ({
      name: business.name,
      street: business.street,
      postalCode: business.postalCode,
      city: business.city,
      website: business.website,
      externalId: business.source.id,
    })),
    candidateCount: choice.candidates.length,
  };
}
