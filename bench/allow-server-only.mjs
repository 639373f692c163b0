// Preloaded into the bench's child processes (node --import): lets a plain Node process load the
// app's server-only modules, as vitest does with its alias. `server-only` throws unless the
// process runs as React Server Components, which would change how React itself resolves.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
