import { compareNap } from '@/lib/nap/compare';
import { napFields, type NapField, type NapResult } from '@/lib/nap/schemas';

type Shows = { name: boolean; address: boolean; phone: boolean; website: boolean };
type Shown = Record<NapField, string | null>;
type Master = {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string | null;
  website: string | null;
};

const fieldGroup = {
  name: 'name',
  street: 'address',
  postcode: 'address',
  city: 'address',
  phone: 'phone',
  website: 'website',
} as const satisfies Record<NapField, keyof Shows>;

/**
 * The comparison of what a platform shows with the master data, per field. Only fields the
 * platform shows and that someone recorded are compared (null otherwise): an empty field means
 * "not recorded", not "missing on the platform".
 */
export function compareShownFields(
  master: Master,
  shows: Shows,
  shown: Shown,
): Record<NapField, NapResult | null> {
  const comparison = compareNap({ ...master, postcode: master.postalCode }, shown);
  return Object.fromEntries(
    napFields.map((field) => [
      field,
      shows[fieldGroup[field]] && shown[field]?.trim() ? comparison.fields[field].result : null,
    ]),
  ) as Record<NapField, NapResult | null>;
}

/** The fields whose shown value differs from the master data beyond formatting. */
export function compareShownNap(master: Master, shows: Shows, shown: Shown): NapField[] {
  const results = compareShownFields(master, shows, shown);
  return napFields.filter((field) => results[field] === 'mismatch');
}
