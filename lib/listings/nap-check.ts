import { formatPhoneNational } from '@/lib/locations/format';
import { compareNap } from '@/lib/nap/compare';
import { napFields, type FieldComparison, type NapField, type NapResult } from '@/lib/nap/schemas';

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

export type ShownFieldComparison = {
  field: NapField;
  /** As written in the master data and on the platform (trimmed); null when empty. */
  master: string | null;
  shown: string | null;
  /** Null when nobody recorded what the platform shows for this field. */
  result: NapResult | null;
  reason?: FieldComparison['reason'];
};

/**
 * Master data and what the platform shows, side by side, for every field the platform shows:
 * what the checklist puts in front of a person deciding whether a listing is right.
 */
export function sideBySide(master: Master, shows: Shows, shown: Shown): ShownFieldComparison[] {
  const masterRecord = { ...master, postcode: master.postalCode };
  const comparison = compareNap(masterRecord, shown);
  // The stored number is E.164 ("+494714829320"); people read and compare it as written at home.
  const masterText = { ...masterRecord, phone: formatPhoneNational(master.phone) };
  return napFields
    .filter((field) => shows[fieldGroup[field]])
    .map((field) => {
      const shownText = shown[field]?.trim() || null;
      const { result, reason } = comparison.fields[field];
      return {
        field,
        master: masterText[field]?.trim() || null,
        shown: shownText,
        result: shownText ? result : null,
        ...(shownText && reason ? { reason } : {}),
      };
    });
}

/** The fields whose shown value differs from the master data beyond formatting. */
export function compareShownNap(master: Master, shows: Shows, shown: Shown): NapField[] {
  const results = compareShownFields(master, shows, shown);
  return napFields.filter((field) => results[field] === 'mismatch');
}
