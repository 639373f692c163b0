import type { BenchmarkFigureView } from './benchmark-sets';

// Where one's own figures fall among a benchmark set's groups. Pure functions, so the rules
// can be read and tested on their own.

/** Rounds a shown figure to one decimal; raw totals stay exact. */
export function roundOne(value: number) {
  return Math.round(value * 10) / 10;
}

const isBounded = (figure: BenchmarkFigureView) => figure.minMinutes !== null && figure.maxMinutes !== null;

/** The DAILY_TIME figures in order: bounded bands by their lower bound, then the band without bounds. */
export function dailyTimeBands(figures: BenchmarkFigureView[]) {
  const bands = figures.filter((figure) => figure.metric === 'DAILY_TIME');
  return [
    ...bands.filter(isBounded).sort((a, b) => a.minMinutes! - b.minMinutes!),
    ...bands.filter((band) => !isBounded(band)),
  ];
}

/**
 * The band with minMinutes ≤ value < maxMinutes. Above every bounded band, the band the source
 * does not break down (if the set has one); in a gap between bands or without bands, none.
 */
export function placeInDailyTimeBand(minutesPerWorkingDay: number, figures: BenchmarkFigureView[]) {
  const bands = dailyTimeBands(figures);
  const bounded = bands.filter(isBounded);
  const inside = bounded.find(
    (band) => band.minMinutes! <= minutesPerWorkingDay && minutesPerWorkingDay < band.maxMinutes!,
  );
  if (inside) return inside;
  const top = Math.max(...bounded.map((band) => band.maxMinutes!));
  if (bounded.length === 0 || minutesPerWorkingDay >= top)
    return bands.find((band) => !isBounded(band)) ?? null;
  return null;
}

/** True when the value lies above every bounded band, so its band is the one without bounds. */
export function isAboveAllBands(minutesPerWorkingDay: number, figures: BenchmarkFigureView[]) {
  const bounded = dailyTimeBands(figures).filter(isBounded);
  return bounded.length > 0 && minutesPerWorkingDay >= Math.max(...bounded.map((band) => band.maxMinutes!));
}

/** POST_FREQUENCY figures, most frequent first. */
export function frequencyClasses(figures: BenchmarkFigureView[]) {
  return figures
    .filter((figure) => figure.metric === 'POST_FREQUENCY' && figure.minPostsPerWeek !== null)
    .sort((a, b) => b.minPostsPerWeek! - a.minPostsPerWeek!);
}

/** The class with the highest threshold the average reaches (≥ 5 daily, ≥ 2 several times a week, else less often). */
export function placeInFrequencyClass(postsPerWeek: number, figures: BenchmarkFigureView[]) {
  return frequencyClasses(figures).find((figure) => postsPerWeek >= figure.minPostsPerWeek!) ?? null;
}
