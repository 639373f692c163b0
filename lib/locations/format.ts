import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** A stored E.164 number as people in its country write it, e.g. "0471 4829310". */
export function formatPhoneNational(phone: string | null | undefined) {
  if (!phone) return '';
  return parsePhoneNumberFromString(phone)?.formatNational() ?? phone;
}

/** A stored E.164 number in international format, e.g. "+49 471 4829310" (as exported and previewed). */
export function formatPhoneInternational(phone: string) {
  return parsePhoneNumberFromString(phone)?.formatInternational() ?? phone;
}
