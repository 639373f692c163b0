// Stands in for `server-only` under Vitest (see vitest.config.ts): the real package throws when
// imported outside a React Server Components build.
export {};
