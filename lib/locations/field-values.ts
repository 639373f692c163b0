// The fixed values of location fields, without zod or phone parsing: the location form imports
// them in the browser; ./schemas builds the schemas from them.

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];
export const locationStatuses = ['ACTIVE', 'TEMPORARILY_CLOSED', 'CLOSED'] as const;
