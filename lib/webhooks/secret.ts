import { randomBytes } from 'node:crypto';

// A secret in the Standard Webhooks form: `whsec_` and the base64 of 32 random bytes, which the
// `standardwebhooks` libraries of every language take as it is.

export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}
