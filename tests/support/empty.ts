// Stands in for the "server-only" package under vitest (see vitest.config.ts): the real one
// throws outside a React Server Components build, which would make server modules untestable.
export {};
