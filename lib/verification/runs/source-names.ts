import type { ListingStatus, VerificationSource } from '@/lib/generated/prisma/enums';
import type { VerificationSourceKey } from '@/lib/verification/sources/source-result';

// The sources as the database, the API and the catalogue name them. The website is the
// business's own and has no checklist item; OpenStreetMap and Google observe a catalogue platform.

export const sourceOfKey: Record<VerificationSourceKey, VerificationSource> = {
  website: 'WEBSITE',
  openstreetmap: 'OPENSTREETMAP',
  google: 'GOOGLE',
};

export const keyOfSource: Record<VerificationSource, VerificationSourceKey> = {
  WEBSITE: 'website',
  OPENSTREETMAP: 'openstreetmap',
  GOOGLE: 'google',
};

/** The catalogue platform whose checklist item a source's observation feeds; null for the website. */
export const platformKeyOfSource: Record<VerificationSource, string | null> = {
  WEBSITE: null,
  OPENSTREETMAP: 'openstreetmap',
  GOOGLE: 'google-business-profile',
};

/** The name history entries carry for a change a source made ("changed by OpenStreetMap"). */
export const sourceDisplayName: Record<VerificationSource, string> = {
  WEBSITE: 'Website',
  OPENSTREETMAP: 'OpenStreetMap',
  GOOGLE: 'Google',
};

export const allSources: readonly VerificationSource[] = ['WEBSITE', 'OPENSTREETMAP', 'GOOGLE'];

export type { ListingStatus, VerificationSource };
