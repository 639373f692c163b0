// Paths and schemas of the /api/v1 endpoints for benchmarks. Filled in with the endpoints.

export function benchmarkPaths() {
  return {};
}

export function benchmarkSchemas() {
  return {};
}
