'use client';

import { useEffect, useState } from 'react';

// For the error pages: a Server Component's error reaches the browser with only a digest, so the
// page asks /api/health whether the database is down. While it is, the answer is checked every
// few seconds, and `onRecovered` runs (a retry of the page) as soon as it is back.

const pollIntervalMs = 5_000;

export function useDatabaseOutage(onRecovered: () => void): boolean {
  const [databaseDown, setDatabaseDown] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasDown = false;
    const check = async () => {
      // eslint-disable-next-line no-restricted-globals -- the browser asks the app itself
      const status = await fetch('/api/health', { cache: 'no-store' }).then(
        (response) => response.status,
        () => null,
      );
      if (cancelled) return;
      if (status === 503) {
        wasDown = true;
        setDatabaseDown(true);
        timer = setTimeout(() => void check(), pollIntervalMs);
      } else if (status === 200 && wasDown) {
        onRecovered();
      }
    };
    void check();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // Checked once per error page; a new onRecovered identity must not restart the polling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return databaseDown;
}
