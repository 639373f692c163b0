import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** A stored E.164 number as people in its country write it, e.g. "0471 4829310". */
export function formatPhoneNational(phone: string | null | undefined) {
  if (!phone) return '';
  return parsePhoneNumberFromString(phone)?.formatNational() ?? phone;
}
