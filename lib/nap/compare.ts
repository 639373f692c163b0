import {
  normaliseCity,
  normaliseName,
  normalisePhone,
  normalisePostcode,
  normaliseStreet,
  normaliseWebsite,
} from './normalise';
import { napFields, type FieldComparison, type NapComparison, type NapField } from './schemas';

// Compares a platform's NAP with the location's master data, field by field, as a person would:
// the same text is a match, the same content written differently is a format difference,
// anything else (including a value missing on one side) is a mismatch.

/**
 * The comparison key; its core, which must be equal for a format difference; and an optional
 * part that one side may leave out (legal form, river).
 */
type Normalised = { key: string; core: string; optional: string | null };

const whole = (key: string): Normalised => ({ key, core: key, optional: null });

const normalisers: Record<NapField, (value: string) => Normalised> = {
  name: (value) => {
    const { key, name, legalForm } = normaliseName(value);
    return { key, core: name, optional: legalForm };
  },
  street: (value) => whole(normaliseStreet(value).key),
  postcode: (value) => {
    // "1067" is Dresden's "01067" with the zero lost, as spreadsheets do.
    const key = normalisePostcode(value);
    return { key, core: /^\d+$/.test(key) ? key.replace(/^0+(?=\d)/, '') : key, optional: null };
  },
  city: (value) => {
    const { key, city, qualifier } = normaliseCity(value);
    return { key, core: city, optional: qualifier };
  },
  phone: (value) => whole(normalisePhone(value)),
  website: (value) => whole(normaliseWebsite(value)),
};

/** "Bäckerei Meyer" and "Bäckerei Meyer GmbH" are the same name; "… GmbH" and "… AG" are not. */
function sameContent(master: Normalised, platform: Normalised) {
  return (
    master.core === platform.core &&
    (master.optional === platform.optional || master.optional === null || platform.optional === null)
  );
}

export function compareField(
  field: NapField,
  masterValue: string | null | undefined,
  platformValue: string | null | undefined,
): FieldComparison {
  const masterText = masterValue?.trim() ?? '';
  const platformText = platformValue?.trim() ?? '';
  const master = masterText ? normalisers[field](masterText) : null;
  const platform = platformText ? normalisers[field](platformText) : null;
  const keys = { master: master?.key || null, platform: platform?.key || null };
  if (masterText === platformText) return { result: 'match', ...keys };
  if (!master?.key && !platform?.key) return { result: 'format', ...keys };
  if (!master?.key || !platform?.key) return { result: 'mismatch', ...keys, reason: 'missing' };
  if (master.key === platform.key || sameContent(master, platform)) return { result: 'format', ...keys };
  return { result: 'mismatch', ...keys, reason: 'different' };
}

export type NapInput = Partial<Record<NapField, string | null>>;

export function compareNap(master: NapInput, platform: NapInput): NapComparison {
  const fields = Object.fromEntries(
    napFields.map((field) => [field, compareField(field, master[field], platform[field])]),
  ) as Record<NapField, FieldComparison>;
  const mismatches = napFields.filter((field) => fields[field].result === 'mismatch');
  return { fields, mismatches, consistent: mismatches.length === 0 };
}
