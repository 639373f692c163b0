'use client';

// The root layout itself failed, so no translations are available: say it in both languages.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="de">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '3rem 1rem', textAlign: 'center' }}>
        <h1>Etwas ist schiefgelaufen · Something went wrong</h1>
        <button type="button" onClick={reset} style={{ marginTop: '1.5rem', padding: '0.75rem 1.25rem' }}>
          Erneut versuchen · Try again
        </button>
      </body>
    </html>
  );
}
