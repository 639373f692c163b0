// Paths and schemas of the /api/v1 endpoints for time-entries. Filled in with the endpoints.

export function timeEntryPaths() {
  return {};
}

export function timeEntrySchemas() {
  return {};
}
