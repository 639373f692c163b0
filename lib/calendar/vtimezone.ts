// A VTIMEZONE component (RFC 5545 §3.6.5) for an IANA time zone, built from the runtime's own
// time-zone data (Intl) instead of a time-zone package: the offset changes between two years are
// found by scanning, and changes that follow a yearly rule ("last Sunday of March at 02:00") are
// written as one recurring observance; irregular ones each as their own onset.

type Transition = { at: number; from: number; to: number };
type Observance = { kind: 'STANDARD' | 'DAYLIGHT'; from: number; to: number; onsets: number[] };

const minuteMs = 60_000;
const dayMs = 86_400_000;
const weekdayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC in minutes at an instant. */
export function utcOffsetMinutes(timeZone: string, at: number): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The offset changes from the start of `fromYear` to the end of `toYear`. */
function transitionsBetween(timeZone: string, fromYear: number, toYear: number): Transition[] {
  const transitions: Transition[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let at = Date.UTC(fromYear, 0, 1);
  let offset = utcOffsetMinutes(timeZone, at);
  while (at < end) {
    const next = at + dayMs;
    const nextOffset = utcOffsetMinutes(timeZone, next);
    if (nextOffset !== offset) {
      // The change lies in (at, next]: narrow it down to the minute.
      let low = at;
      let high = next;
      while (high - low > minuteMs) {
        const middle = low + Math.floor((high - low) / 2 / minuteMs) * minuteMs;
        if (utcOffsetMinutes(timeZone, middle) === offset) low = middle;
        else high = middle;
      }
      transitions.push({ at: high, from: offset, to: nextOffset });
      offset = nextOffset;
    }
    at = next;
  }
  return transitions;
}

/** Summer time: an offset that goes up and comes back down within about a year. */
function observances(transitions: Transition[]): Observance[] {
  const groups = new Map<string, Observance>();
  transitions.forEach((transition, index) => {
    const back = transitions[index + 1];
    const daylight =
      transition.to > transition.from &&
      (!back || (back.to === transition.from && back.at - transition.at < 366 * dayMs));
    const kind = daylight ? 'DAYLIGHT' : 'STANDARD';
    const key = `${kind}${transition.from}${transition.to}`;
    const group = groups.get(key) ?? { kind, from: transition.from, to: transition.to, onsets: [] };
    group.onsets.push(transition.at);
    groups.set(key, group);
  });
  return [...groups.values()].sort((a, b) => a.onsets[0]! - b.onsets[0]!);
}

/** The local wall time of an onset, read in the offset that was in force before it. */
function localParts(onset: number, offset: number) {
  const local = new Date(onset + offset * minuteMs);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
    daysInMonth: new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate(),
    time: local.toISOString().slice(11, 19).replaceAll(':', ''),
    stamp: local.toISOString().slice(0, 19).replaceAll('-', '').replaceAll(':', ''),
  };
}

/** "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" when every onset follows one yearly rule, else null. */
function yearlyRule(observance: Observance): string | null {
  const parts = observance.onsets.map((onset) => localParts(onset, observance.from));
  const [first] = parts;
  if (!first || parts.length < 2) return null;
  const sameShape = parts.every(
    (part, index) =>
      part.year === first.year + index &&
      part.month === first.month &&
      part.weekday === first.weekday &&
      part.time === first.time,
  );
  if (!sameShape) return null;
  const weekday = weekdayCodes[first.weekday]!;
  if (parts.every((part) => part.day > part.daysInMonth - 7)) {
    return `FREQ=YEARLY;BYMONTH=${first.month};BYDAY=-1${weekday}`;
  }
  const nth = Math.ceil(first.day / 7);
  if (nth <= 4 && parts.every((part) => Math.ceil(part.day / 7) === nth)) {
    return `FREQ=YEARLY;BYMONTH=${first.month};BYDAY=${nth}${weekday}`;
  }
  return null;
}

function formatOffset(minutes: number) {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}

function abbreviation(timeZone: string, at: number): string | null {
  for (const locale of ['en-US', 'en-GB']) {
    const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
    if (name && /^[A-Z]{2,5}$/.test(name)) return name;
  }
  return null;
}

function component(kind: string, timeZone: string, from: number, to: number, onset: number, extra: string[]) {
  const name = abbreviation(timeZone, onset);
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localParts(onset, from).stamp}`,
    ...extra,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    `END:${kind}`,
  ];
}

/**
 * The VTIMEZONE for `timeZone`, covering `fromYear` to `toYear` (a yearly rule keeps going after
 * that, as the zone's rules do); null for a zone the runtime does not know.
 */
export function vtimezoneComponent(timeZone: string, fromYear: number, toYear: number): string | null {
  const key = `${timeZone} ${fromYear} ${toYear}`;
  if (!components.has(key)) components.set(key, buildComponent(timeZone, fromYear, toYear));
  return components.get(key)!;
}

const components = new Map<string, string | null>();

function buildComponent(timeZone: string, fromYear: number, toYear: number): string | null {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    return null;
  }
  const transitions = transitionsBetween(timeZone, fromYear, toYear);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (transitions.length === 0) {
    const offset = utcOffsetMinutes(timeZone, Date.UTC(fromYear, 0, 1));
    lines.push(
      ...component('STANDARD', timeZone, offset, offset, Date.UTC(1970, 0, 1) - offset * minuteMs, []),
    );
  }
  for (const observance of observances(transitions)) {
    const rule = yearlyRule(observance);
    const lastOnset = observance.onsets.at(-1)!;
    const ruleEndsEarly = localParts(lastOnset, observance.from).year < toYear;
    if (rule) {
      const until = ruleEndsEarly
        ? `;UNTIL=${new Date(lastOnset).toISOString().replace(/[-:]|\.\d{3}/g, '')}`
        : '';
      lines.push(
        ...component(observance.kind, timeZone, observance.from, observance.to, observance.onsets[0]!, [
          `RRULE:${rule}${until}`,
        ]),
      );
    } else {
      for (const onset of observance.onsets) {
        lines.push(...component(observance.kind, timeZone, observance.from, observance.to, onset, []));
      }
    }
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
