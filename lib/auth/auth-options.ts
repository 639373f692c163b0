import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import GoogleProvider from 'next-auth/providers/google';
import { recordRefusedSignIn, recordSignIn, recordSignOut } from '@/lib/audit/sign-in-events';
import { db } from '@/lib/db/prisma';
import { env } from '@/lib/env';
import { clientAddress } from '@/lib/security/client-address';
import { createAuthSession, revokeAuthSession, sessionLifetimeMs } from './auth-sessions';
import { decoyPasswordHash, verifyPassword } from './password';
import { signInSchema } from './schemas';
import { takeSignInAttempt } from './sign-in-throttle';
import { findOrCreateOAuthUser } from './users';

/** Error codes the sign-in form shows; next-auth passes a thrown message through as `error`. */
export const signInErrors = { invalid: 'invalidCredentials', throttled: 'tooManyAttempts' } as const;

function oauthProviders(): NextAuthOptions['providers'] {
  const config = env();
  const providers: NextAuthOptions['providers'] = [];
  if (config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET) {
    providers.push(
      GoogleProvider({ clientId: config.GOOGLE_CLIENT_ID, clientSecret: config.GOOGLE_CLIENT_SECRET }),
    );
  }
  if (config.GITHUB_CLIENT_ID && config.GITHUB_CLIENT_SECRET) {
    providers.push(
      GitHubProvider({ clientId: config.GITHUB_CLIENT_ID, clientSecret: config.GITHUB_CLIENT_SECRET }),
    );
  }
  if (config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET) {
    providers.push({
      id: 'oidc',
      name: config.OIDC_NAME,
      type: 'oauth',
      wellKnown: `${config.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
      clientId: config.OIDC_CLIENT_ID,
      clientSecret: config.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: 'openid email profile' } },
      idToken: true,
      checks: ['pkce', 'state'],
      profile: (profile: { sub: string; email: string; name?: string }) => ({
        id: profile.sub,
        email: profile.email,
        name: profile.name ?? profile.email,
      }),
    });
  }
  return providers;
}

/** The OAuth providers switched on by environment variables, for the sign-in page's buttons. */
export function enabledOAuthProviders() {
  return oauthProviders().map((provider) => ({ id: provider.id, name: provider.name }));
}

const credentialsProvider = CredentialsProvider({
  name: 'E-Mail',
  credentials: { email: { type: 'email' }, password: { type: 'password' } },
  async authorize(credentials, request) {
    const parsed = signInSchema.safeParse(credentials ?? {});
    if (!parsed.success) throw new Error(signInErrors.invalid);
    const { email, password } = parsed.data;
    const address = clientAddress(request.headers ?? {});
    const userAgent = request.headers?.['user-agent'];
    const origin = { ipAddress: address, userAgent: typeof userAgent === 'string' ? userAgent : null };
    const attempt = await takeSignInAttempt(email, address);
    if (!attempt.allowed) {
      await recordRefusedSignIn({ action: 'auth.sign_in_throttled', email, method: 'password', origin });
      throw new Error(signInErrors.throttled);
    }

    const user = await db.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
    });
    const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !user.passwordHash || !passwordMatches || user.disabledAt) {
      const userId = user?.id ?? null;
      await recordRefusedSignIn({ action: 'auth.sign_in_failed', email, method: 'password', userId, origin });
      throw new Error(signInErrors.invalid);
    }
    await attempt.succeeded();
    const sid = await createAuthSession(user.id, origin);
    await recordSignIn(user, 'password', origin);
    return { id: user.id, email: user.email, name: user.name, sid };
  },
});

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    providers: [credentialsProvider, ...oauthProviders()],
    session: { strategy: 'jwt', maxAge: sessionLifetimeMs / 1000 },
    // The session cookie is HttpOnly, SameSite=Lax and Path=/ (next-auth's defaults); over HTTPS it
    // is also Secure and named __Secure-next-auth.session-token, over plain http (localhost) neither.
    // Stated here rather than left to next-auth's own reading of NEXTAUTH_URL; without NEXTAUTH_URL
    // the app is reached over plain http (localhost, the local network).
    useSecureCookies: env().NEXTAUTH_URL?.startsWith('https:') ?? false,
    pages: { signIn: '/sign-in', error: '/sign-in' },
    callbacks: {
      async signIn({ user, account }) {
        if (account?.type !== 'oauth') return true;
        if (!user.email) return '/sign-in?error=OAuthEmailMissing';
        const appUser = await findOrCreateOAuthUser({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: user.email,
          name: user.name ?? '',
        });
        if (appUser.disabledAt) {
          const attempt = { email: user.email, method: account.provider, userId: appUser.id };
          await recordRefusedSignIn({ action: 'auth.sign_in_failed', ...attempt, reason: 'disabled' });
          return false;
        }
        user.id = appUser.id;
        await recordSignIn({ id: appUser.id, email: user.email }, account.provider);
        return true;
      },
      async jwt({ token, user }) {
        // On sign-in only: open a server-side session whose id the cookie carries from now on.
        if (user) {
          token.sub = user.id;
          token.sid =
            'sid' in user && typeof user.sid === 'string' ? user.sid : await createAuthSession(user.id, {});
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, sessionId: typeof token.sid === 'string' ? token.sid : undefined };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid !== 'string') return;
        await revokeAuthSession(token.sid);
        if (token.sub && token.email) await recordSignOut({ id: token.sub, email: token.email });
      },
    },
  };
}
