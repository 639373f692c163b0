// The platform kinds in the order the settings page groups them, without zod: the custom
// platform form imports them in the browser; ./schemas builds the schema from them.

export const platformKinds = ['MAPS', 'NAVIGATION', 'SOCIAL', 'REVIEWS', 'DIRECTORY'] as const;
