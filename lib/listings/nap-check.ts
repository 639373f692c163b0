import { compareNap } from '@/lib/nap/compare';

type Shows = { name: boolean; address: boolean; phone: boolean; website: boolean };
type Shown = {
  name: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  phone: string | null;
  website: string | null;
};
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
} as const;

/**
 * The fields whose value as shown on the platform differs from the master data (beyond
 * formatting). Only fields the platform shows and that someone recorded are compared: an empty
 * field means "not recorded", not "missing on the platform".
 */
export function compareShownNap(master: Master, shows: Shows, shown: Shown): string[] {
  const comparison = compareNap(
    {
      name: master.name,
      street: master.street,
      postcode: master.postalCode,
      city: master.city,
      phone: master.phone ?? '',
      website: master.website ?? '',
    },
    {
      name: shown.name ?? '',
      street: shown.street ?? '',
      postcode: shown.postcode ?? '',
      city: shown.city ?? '',
      phone: shown.phone ?? '',
      website: shown.website ?? '',
    },
  );
  return (Object.keys(fieldGroup) as (keyof typeof fieldGroup)[]).filter(
    (field) =>
      shows[fieldGroup[field]] && shown[field]?.trim() && comparison.fields[field].result === 'mismatch',
  );
}
