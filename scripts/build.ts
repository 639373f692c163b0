// npm run build: the public locator's browser code, then the Next.js production build.
import { buildApp } from './lib/production-build';

process.exitCode = await buildApp();
