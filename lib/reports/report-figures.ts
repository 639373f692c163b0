import type { BenchmarkSetView } from '@/lib/benchmarks/benchmark-sets';
import { dailyTimeBands, placeInDailyTimeBand } from '@/lib/benchmarks/placement';
import { addMonths } from './month';
import type { HoursWeek, MonthlyReport, ScorePoint } from './report-types';

// The report's figures computed from the rows its statements read. Pure.

/** The month's score series, its end, the end of the month before and the change between them. */
export function scoreFigures(
  rows: (ScorePoint & { inMonth: boolean })[],
  month: string,
): MonthlyReport['score'] {
  const strip = ({ inMonth: _inMonth, ...point }: ScorePoint & { inMonth: boolean }): ScorePoint => point;
  const daily = rows.filter((row) => row.inMonth).map(strip);
  const monthEnds = rows.filter((row) => !row.inMonth).map(strip);
  const atMonthEnd = daily.at(-1) ?? null;
  const lastBefore = monthEnds.at(-1);
  const previousMonthEnd = lastBefore?.date.startsWith(addMonths(month, -1)) ? lastBefore : null;
  return {
    atMonthEnd,
    previousMonthEnd,
    change: atMonthEnd && previousMonthEnd ? atMonthEnd.score - previousMonthEnd.score : null,
    daily,
    monthEnds,
  };
}

/**
 * Minutes per week and per working day of a location with data (minutes / (5 × locations with
 * data)), the month's figure over all its location-weeks, and its place among the survey's daily
 * time bands (the survey asked per business; a chain's comparable unit is the location).
 */
export function hoursFigures(
  weeks: { week: string; weekStart: string }[],
  minutes: { weekStart: string; minutes: number; locationsWithData: number }[],
  survey: BenchmarkSetView,
): MonthlyReport['hours'] {
  const hoursWeeks: HoursWeek[] = weeks.map((week) => {
    const row = minutes.find((candidate) => candidate.weekStart === week.weekStart);
    const withData = row?.locationsWithData ?? 0;
    const weekMinutes = row?.minutes ?? 0;
    return {
      week: week.week,
      weekStart: week.weekStart,
      minutes: weekMinutes,
      locationsWithData: withData,
      minutesPerWorkingDayPerLocation: withData > 0 ? weekMinutes / (5 * withData) : null,
    };
  });
  const totalMinutes = hoursWeeks.reduce((sum, week) => sum + week.minutes, 0);
  const locationWeeks = hoursWeeks.reduce((sum, week) => sum + week.locationsWithData, 0);
  const perDay = locationWeeks > 0 ? totalMinutes / (5 * locationWeeks) : null;
  return {
    weeks: hoursWeeks,
    totalMinutes,
    minutesPerWorkingDayPerLocation: perDay,
    survey: {
      name: survey.name,
      source: survey.source,
      year: survey.year,
      sampleSize: survey.sampleSize,
      bands: dailyTimeBands(survey.figures).map((band) => ({
        key: band.key,
        label: band.label,
        note: band.note,
        sharePercent: band.sharePercent,
        minMinutes: band.minMinutes,
        maxMinutes: band.maxMinutes,
      })),
    },
    bandKey: perDay === null ? null : (placeInDailyTimeBand(perDay, survey.figures)?.key ?? null),
  };
}
