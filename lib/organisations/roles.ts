// The member roles, without zod: the invitation form imports them in the browser; ./schemas
// builds the role schema from them.

export const roles = ['OWNER', 'MANAGER', 'STAFF'] as const;
