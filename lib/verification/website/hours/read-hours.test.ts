import { describe, expect, it } from 'vitest';
import { Findings } from '../findings';
import type { JsonObject } from '../json-ld/json-nodes';
import { week } from '../test-support';
import { readHours } from './read-hours';

function hoursOf(business: JsonObject) {
  const findings = new Findings();
  return { ...readHours(business, { byId: new Map(), findings }), findings: findings.list };
}
const specification = (fields: JsonObject) => ({ '@type': 'OpeningHoursSpecification', ...fields });
const range = (opens: string, closes: string) => ({ opens, closes });

describe('openingHoursSpecification', () => {
  it.each([
    ['https://schema.org/Monday', 'a schema.org address'],
    ['http://schema.org/Monday', 'the old http address'],
    ['schema:Monday', 'a compact address'],
    ['Monday', 'the name'],
    [['Monday'], 'a list'],
    [{ '@id': 'https://schema.org/Monday' }, 'a reference'],
    [{ '@type': 'DayOfWeek', name: 'Monday' }, 'a DayOfWeek node'],
  ])('reads the day given as %j (%s)', (dayOfWeek, _form) => {
    const { openingHours } = hoursOf({
      openingHoursSpecification: specification({ dayOfWeek, opens: '08:00', closes: '12:00' }),
    });
    expect(openingHours).toEqual(week({ mon: [range('08:00', '12:00')] }));
  });

  it('reads times with seconds and a zone, sorts the ranges and joins overlapping ones', () => {
    const { openingHours } = hoursOf({
      openingHoursSpecification: [
        specification({ dayOfWeek: 'Tuesday', opens: '14:00:00', closes: '18:00:00+01:00' }),
        specification({ dayOfWeek: 'Tuesday', opens: '8:00', closes: '12:30' }),
        specification({ dayOfWeek: 'Tuesday', opens: '12:00', closes: '13:00' }),
      ],
    });
    expect(openingHours).toEqual(week({ tue: [range('08:00', '13:00'), range('14:00', '18:00')] }));
  });

  it('reads the end of the day and closing after midnight by meaning', () => {
    const { openingHours } = hoursOf({
      openingHoursSpecification: [
        specification({ dayOfWeek: 'Friday', opens: '18:00', closes: '02:00' }),
        specification({ dayOfWeek: 'Sunday', opens: '20:00', closes: '03:00' }),
        specification({ dayOfWeek: 'Wednesday', opens: '00:00', closes: '23:59' }),
        specification({ dayOfWeek: 'Thursday', opens: '17:00', closes: '00:00' }),
      ],
    });
    expect(openingHours).toEqual(
      week({
        mon: [range('00:00', '03:00')],
        wed: [range('00:00', '24:00')],
        thu: [range('17:00', '24:00')],
        fri: [range('18:00', '24:00')],
        sat: [range('00:00', '02:00')],
        sun: [range('20:00', '24:00')],
      }),
    );
  });

  it('reads 00:00 to 00:00 as a closed day: hours are stated, the day has none', () => {
    const { openingHours } = hoursOf({
      openingHoursSpecification: specification({ dayOfWeek: 'Monday', opens: '00:00', closes: '00:00' }),
    });
    expect(openingHours).toEqual(week({}));
  });

  it('reads entries with validFrom and validThrough as special hours, closed when 00:00 to 00:00', () => {
    const { openingHours, specialHours } = hoursOf({
      openingHoursSpecification: [
        specification({
          opens: '00:00',
          closes: '00:00',
          validFrom: '2026-12-25',
          validThrough: '2026-12-26',
        }),
        specification({
          opens: '14:00',
          closes: '16:00',
          validFrom: '2026-12-24',
          validThrough: '2026-12-24',
        }),
        specification({
          opens: '08:00',
          closes: '12:00',
          validFrom: '2026-12-24T00:00:00+01:00',
          validThrough: '2026-12-24',
        }),
        specification({ dayOfWeek: 'Thursday', opens: '08:00', closes: '11:00', validFrom: '2026-12-31' }),
      ],
    });
    expect(openingHours).toBeNull();
    expect(specialHours).toEqual([
      {
        startDate: '2026-12-24',
        endDate: '2026-12-24',
        closed: false,
        ranges: [range('08:00', '12:00'), range('14:00', '16:00')],
      },
      { startDate: '2026-12-25', endDate: '2026-12-26', closed: true, ranges: [] },
      { startDate: '2026-12-31', endDate: '2026-12-31', closed: false, ranges: [range('08:00', '11:00')] },
    ]);
  });

  it('names what it cannot read and reads the rest', () => {
    const { openingHours, specialHours, findings } = hoursOf({
      openingHoursSpecification: [
        specification({ dayOfWeek: 'Monday', opens: '08:00', closes: '12:00' }),
        specification({ dayOfWeek: 'Caturday', opens: '08:00', closes: '12:00' }),
        specification({ dayOfWeek: 'Tuesday', opens: '25:00', closes: '12:00' }),
        specification({ dayOfWeek: 'Tuesday', opens: '08:00' }),
        specification({ opens: '08:00', closes: '12:00' }),
        specification({ dayOfWeek: ['Monday', 'PublicHolidays'], opens: '14:00', closes: '16:00' }),
        // Summer hours on some weekdays over months: no place for them in the master data.
        specification({
          dayOfWeek: 'Saturday',
          opens: '08:00',
          closes: '20:00',
          validFrom: '2026-06-01',
          validThrough: '2026-08-31',
        }),
      ],
    });
    expect(openingHours).toEqual(week({ mon: [range('08:00', '12:00'), range('14:00', '16:00')] }));
    expect(specialHours).toEqual([]);
    expect(findings.map((finding) => finding.code === 'hoursNotRead' && finding.text)).toEqual([
      'Caturday 08:00 12:00',
      'Tuesday 25:00 12:00',
      'Tuesday 08:00',
      '08:00 12:00',
      'Monday PublicHolidays 14:00 16:00',
      'Saturday 08:00 20:00 2026-06-01 2026-08-31',
    ]);
  });

  it('prefers the specification to an openingHours text', () => {
    const { openingHours } = hoursOf({
      openingHours: 'Mo-Su 00:00-24:00',
      openingHoursSpecification: specification({ dayOfWeek: 'Monday', opens: '08:00', closes: '12:00' }),
    });
    expect(openingHours).toEqual(week({ mon: [range('08:00', '12:00')] }));
  });
});

describe('openingHours texts', () => {
  const weekdays = (ranges: { opens: string; closes: string }[]) => ({
    mon: ranges,
    tue: ranges,
    wed: ranges,
    thu: ranges,
    fri: ranges,
  });

  it.each([
    ['Mo-Fr 08:00-18:00', week(weekdays([range('08:00', '18:00')]))],
    [
      ['Mo-Fr 08:00-18:00', 'Sa 09:00-13:00'],
      week({ ...weekdays([range('08:00', '18:00')]), sat: [range('09:00', '13:00')] }),
    ],
    [
      'Mo-Fr 08:00-18:00 Sa 09:00-13:00',
      week({ ...weekdays([range('08:00', '18:00')]), sat: [range('09:00', '13:00')] }),
    ],
    [
      'Mo-Fr 08:00-18:00; Sa 09:00-13:00',
      week({ ...weekdays([range('08:00', '18:00')]), sat: [range('09:00', '13:00')] }),
    ],
    [
      'Mo,We 08:00-12:00, 14:00-18:00',
      week({
        mon: [range('08:00', '12:00'), range('14:00', '18:00')],
        wed: [range('08:00', '12:00'), range('14:00', '18:00')],
      }),
    ],
    [
      'Di-Sa 9:00 - 18:00',
      week({
        tue: [range('09:00', '18:00')],
        wed: [range('09:00', '18:00')],
        thu: [range('09:00', '18:00')],
        fri: [range('09:00', '18:00')],
        sat: [range('09:00', '18:00')],
      }),
    ],
    [
      'Sa-Mo 10:00-14:00',
      week({
        sat: [range('10:00', '14:00')],
        sun: [range('10:00', '14:00')],
        mon: [range('10:00', '14:00')],
      }),
    ],
    ['Fr 20:00-02:00', week({ fri: [range('20:00', '24:00')], sat: [range('00:00', '02:00')] })],
    [
      'Mo-Su',
      week({
        ...weekdays([range('00:00', '24:00')]),
        sat: [range('00:00', '24:00')],
        sun: [range('00:00', '24:00')],
      }),
    ],
  ])('reads %j', (openingHours, expected) => {
    expect(hoursOf({ openingHours }).openingHours).toEqual(expected);
  });

  it.each(['rund um die Uhr', '08:00-18:00', 'Montag bis Freitag 8-18 Uhr', 'Mo-Fr 8-18'])(
    'names %j as not read',
    (openingHours) => {
      const { openingHours: read, findings } = hoursOf({ openingHours });
      expect(read).toBeNull();
      expect(findings).toEqual([{ code: 'hoursNotRead', text: openingHours }]);
    },
  );
});
