import { calendarFeedFor } from '@/lib/calendar/calendar-feeds';

// A member's personal calendar feed (lib/calendar): public, no session; the secret in the URL is
// the access. Unknown and revoked secrets answer 404 alike. Calendar apps poll it; a private cache
// of five minutes spares the database without delaying a schedule change for long.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const calendar = await calendarFeedFor(token.replace(/\.ics$/, ''));
  if (!calendar) {
    return new Response('Not found\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  return new Response(calendar, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="ortsbild-check-ins.ics"',
      'cache-control': 'private, max-age=300',
      'referrer-policy': 'no-referrer',
    },
  });
}
