import { compareNap } from '@/lib/nap/compare';
import type { NapComparison } from '@/lib/nap/schemas';
import { napOfLocation, napOfObservation, type LocationMasterData } from './master-data';
import type { WebsiteReading } from './observation';
import { pickEntryForLocation, type EntryChoice } from './pick-entry';
import { readWebsite } from './read-website';
import { generateLocalBusinessJsonLd } from './snippet/generate-json-ld';
import { jsonLdScriptElement } from './snippet/serialise-json-ld';

// One page checked for one location: what the page states, which entry is the location's, how its
// name, address, phone and website compare with the master data, and for a page that names no
// business the JSON-LD to paste into it. Comparing hours by meaning is the caller's next step.

export type WebsiteCheck = {
  reading: WebsiteReading;
  choice: EntryChoice;
  /** The NAP comparison of the entry found with the master data; null when none was found. */
  nap: NapComparison | null;
  /** A <script> element with the location's JSON-LD, offered when the page names no business. */
  suggestedSnippet: string | null;
};

export function checkWebsitePage(html: string, pageUrl: string, location: LocationMasterData): WebsiteCheck {
  const reading = readWebsite(html, pageUrl);
  const choice = pickEntryForLocation(reading.businesses, location);
  return {
    reading,
    choice,
    nap:
      choice.kind === 'found' ? compareNap(napOfLocation(location), napOfObservation(choice.business)) : null,
    suggestedSnippet:
      choice.kind === 'none' ? jsonLdScriptElement(generateLocalBusinessJsonLd(location)) : null,
  };
}
