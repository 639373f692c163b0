// Shared by the server and the upload form. 10 MB is also the body size Next.js passes through
// its proxy (proxy.ts) by default; 10,000 locations take about 3 MB.
export const maxCsvBytes = 10 * 1024 * 1024;
export const maxCsvRows = 20_000;
// No cell of Google's sheet needs more (its longest, the description, allows 750 characters);
// checked before any pattern reads a cell.
export const maxCsvCellCharacters = 1_000;
// A row of Google's 30 columns with every cell at its limit (in UTF-8) stays below this; a longer
// one is a broken file (a missing line break or quote), refused while it is read.
export const maxCsvRowBytes = 128 * 1024;
