import type { OpeningHours, SpecialHours, Weekday } from '@/lib/locations/schemas';
import type { PlainDate } from '@/lib/weeks/iso-week';
import type { HolidayRegion } from './holiday-region';

/** One stretch of a day on the place's wall clock, "08:00" to "13:00" ("24:00" is midnight). */
export type DayInterval = {
  opens: string;
  closes: string;
  /** opening_hours' "unknown" (a comment alone, "nach Vereinbarung"): neither open nor closed. */
  unknown?: true;
  comment?: string;
};

/** Weekly hours and special hours, as the location stores them (lib/locations/schemas.ts). */
export type StructuredHours = { openingHours: OpeningHours; specialHours: SpecialHours };

/** What a source shows: the same shape as the master data, or an OpenStreetMap opening_hours value. */
export type ObservedHours = ({ kind: 'structured' } & StructuredHours) | { kind: 'osm'; value: string };

export type HoursPlace = {
  countryCode: string;
  /** The location's region field; for Germany its Bundesland decides the public holidays. */
  region: string | null;
  latitude: number | null;
  longitude: number | null;
};

export type CompareHoursInput = {
  master: StructuredHours;
  observed: ObservedHours;
  place: HoursPlace;
  /** The first day compared is the date it is at this instant in `timeZone`. */
  start: Date;
  /** The organisation's time zone; Europe/Berlin by default. */
  timeZone?: string;
  /** How many days; 28 by default. */
  days?: number;
};

export type HoursDayDifference = {
  date: PlainDate;
  weekday: Weekday;
  /** The public holiday on that date in the location's region ("Ostermontag"), else null. */
  holiday: string | null;
  master: DayInterval[];
  observed: DayInterval[];
};

type ComparedWindow = {
  from: PlainDate;
  to: PlainDate;
  /** Whose public holidays counted; state null: the nationwide ones only. */
  holidays: HolidayRegion;
};

export type HoursComparison =
  | (ComparedWindow & { result: 'equal'; warnings: string[] })
  | (ComparedWindow & { result: 'different'; differences: HoursDayDifference[]; warnings: string[] })
  /** The OpenStreetMap value could not be read: a finding about the source, not a crash. */
  | (ComparedWindow & { result: 'unreadable'; value: string; message: string });
