import { NextResponse, type NextRequest } from 'next/server';

// Only redirects: a visitor without a session cookie goes to the sign-in page first.
// Whether a session is valid is decided in the data layer (lib/auth/current-user.ts).
const sessionCookies = ['next-auth.session-token', '__Secure-next-auth.session-token'];

export function proxy(request: NextRequest) {
  if (sessionCookies.some((name) => request.cookies.has(name))) return NextResponse.next();
  const signIn = new URL('/sign-in', request.url);
  signIn.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ['/o/:path*', '/organisations/:path*', '/account'] };
