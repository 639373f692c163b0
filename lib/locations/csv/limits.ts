// Shared by the server and the upload form. 10 MB is also the body size Next.js passes through
// its proxy (proxy.ts) by default; 10,000 locations take about 3 MB.
export const maxCsvBytes = 10 * 1024 * 1024;
export const maxCsvRows = 20_000;
