import 'server-only';
import { z } from 'zod';

// Validated once at start-up: a misconfigured deployment fails loudly instead of at first use.
const optionalString = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

// An OUTBOUND_ALLOW entry: a host name, IPv4 or bracketed IPv6 address, and a port (or nothing).
const allowEntryPattern = /^(?:(?:\[[\d.:a-f]+\]|[\w.-]+):\d{1,5})?$/i;

const environmentSchema = z.object({
  DATABASE_URL: z.string().min(1, 'DATABASE_URL is required (npm start sets it for the embedded database)'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters'),
  // The address people open (https://ortsbild.example). Unset: whatever address reaches the app
  // (localhost, 127.0.0.1, the machine's address in the local network; lib/security/app-address.ts).
  NEXTAUTH_URL: optionalString.pipe(z.url().optional()),
  SMTP_URL: optionalString,
  MAIL_FROM: z.string().default('Ortsbild <no-reply@localhost>'),
  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  GITHUB_CLIENT_ID: optionalString,
  GITHUB_CLIENT_SECRET: optionalString,
  OIDC_ISSUER: optionalString,
  OIDC_CLIENT_ID: optionalString,
  OIDC_CLIENT_SECRET: optionalString,
  OIDC_NAME: z.string().default('SSO'),
  // A Nominatim-compatible geocoder (e.g. https://nominatim.example.org); none by default.
  GEOCODER_URL: optionalString,
  // Requests to servers outside the app (lib/outbound): exceptions to "public addresses on ports 80
  // and 443 only", as comma-separated host:port entries (a geocoder in the local network, a test's
  // server on 127.0.0.1); none by default.
  OUTBOUND_ALLOW: optionalString.refine(
    (value) => (value ?? '').split(',').every((entry) => allowEntryPattern.test(entry.trim())),
    'OUTBOUND_ALLOW: comma-separated host:port entries (127.0.0.1:8080, [::1]:8080, geocoder.lan:8080)',
  ),
  // The contact in the User-Agent of those requests (a mail address or a web page), as public
  // services ask; the app's address (NEXTAUTH_URL) when unset.
  OUTBOUND_CONTACT: optionalString,
  // Listings verification (lib/verification): the Overpass API instance asked for OpenStreetMap
  // data (the public one by default, whose usage policy the app keeps), and Google's Places API
  // (New), asked only with a key and only for organisations whose owner switched Google on.
  OVERPASS_URL: z.string().default('https://overpass-api.de/api/interpreter').pipe(z.url()),
  GOOGLE_PLACES_API_KEY: optionalString,
  GOOGLE_PLACES_URL: z.string().default('https://places.googleapis.com').pipe(z.url()),
  // Map tiles; OpenStreetMap's by default. Without a reachable tile server the map still shows markers.
  MAP_TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  MAP_TILE_ATTRIBUTION: z
    .string()
    .default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'),
  // Requests per minute that one network (an IPv4 address, an IPv6 /64) may make to the public
  // store locator (lib/publishing/locator/locator-rate-limit.ts); more are answered 429.
  LOCATOR_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(120),
  // How many reverse proxies stand in front of the app (0: clients connect directly).
  TRUST_PROXY: z.coerce.number().int().min(0).max(5).default(0),
  // The in-process job queue (reminders); `off` for an instance that should only serve requests.
  JOBS: z.preprocess((value) => (value === '' ? undefined : value), z.enum(['on', 'off']).default('on')),
});

export type Environment = z.infer<typeof environmentSchema>;

let cached: Environment | undefined;

export function env(): Environment {
  cached ??= environmentSchema.parse(process.env);
  return cached;
}
