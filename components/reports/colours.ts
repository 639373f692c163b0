// The report's series colours (page and PDF alike), each with at least 3:1 contrast on white.
export const punctualityColours = { onTime: '#0d5662', late: '#b45309', missing: '#b91c1c' };
export const reportColours = {
  score: '#0d5662',
  bar: '#475569',
  line: '#b45309',
  grid: '#e2e8f0',
  muted: '#475569',
};
