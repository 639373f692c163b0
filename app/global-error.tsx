'use client';

import { useDatabaseOutage } from '@/lib/db/use-database-outage';

// The root layout itself failed, so no translations are available: say it in both languages.
// During a database outage (the usual cause) it says so and retries once the database is back.
export default function GlobalError({ retry }: { error: Error; retry: () => void }) {
  const databaseDown = useDatabaseOutage(retry);
  return (
    <html lang="de">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '3rem 1rem', textAlign: 'center' }}>
        <h1>
          {databaseDown
            ? 'Ortsbild ist gerade nicht erreichbar · Ortsbild is temporarily unavailable'
            : 'Etwas ist schiefgelaufen · Something went wrong'}
        </h1>
        <p aria-live="polite">
          {databaseDown
            ? 'Bitte versuchen Sie es in ein paar Sekunden erneut. · Please try again in a few seconds.'
            : null}
        </p>
        <button type="button" onClick={retry} style={{ marginTop: '1.5rem', padding: '0.75rem 1.25rem' }}>
          Erneut versuchen · Try again
        </button>
      </body>
    </html>
  );
}
