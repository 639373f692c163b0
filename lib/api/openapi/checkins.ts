// Paths and schemas of the /api/v1 endpoints for checkins. Filled in with the endpoints.

export function checkinPaths() {
  return {};
}

export function checkinSchemas() {
  return {};
}
