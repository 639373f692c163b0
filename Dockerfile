# Ortsbild production image: Next.js standalone server plus a bundled migration runner.
# The container expects DATABASE_URL and NEXTAUTH_SECRET (see .env.example and
# docker-compose.yml); it applies pending migrations, then starts the server on $PORT.

ARG NODE_IMAGE=node:24-bookworm-slim

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# next.config.js emits the standalone server only when asked (npm start uses `next start`).
ENV NEXT_OUTPUT=standalone

# Dependencies first, so this layer is reused while only the sources change. The postinstall
# script (`prisma generate`) needs the schema, prisma.config.ts and its own script. npm 11 runs
# only the install scripts that `allowScripts` in package.json approves.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma/schema.prisma ./prisma/schema.prisma
COPY scripts/prisma-generate.js ./scripts/prisma-generate.js
RUN npm ci --no-audit --no-fund

COPY . .
# .next/standalone (server.js with the traced node_modules), .next/static, and dist/migrate.mjs.
# public/ is optional in the repository; create it so the runtime stage can always copy it.
RUN npm run build \
 && npm run build:migrator \
 && mkdir -p public

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0

# The server writes below .next at run time (cache, prerendered routes), so the standalone
# output belongs to the app's user; everything else stays root's, read-only for it.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build /app/public ./public
# Migration runner: the bundle, the schema and migrations it reads relative to the working
# directory, and the WebAssembly schema engine, which it loads from node_modules.
COPY --from=build /app/dist/migrate.mjs ./dist/migrate.mjs
COPY --from=build /app/prisma/schema.prisma ./prisma/schema.prisma
COPY --from=build /app/prisma/migrations ./prisma/migrations
COPY --from=build /app/node_modules/@prisma/schema-engine-wasm ./node_modules/@prisma/schema-engine-wasm

USER node
EXPOSE 3000

# /api/health answers 200 when the database does, 503 otherwise.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Apply pending migrations, then replace the shell with the server (it receives the signals).
CMD ["sh", "-c", ": \"${DATABASE_URL:?DATABASE_URL must be set}\" && node dist/migrate.mjs && exec node server.js"]
