import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/generated/prisma/enums';
import { hashPassword } from './password';
import { personNameSchema, type SignUpInput } from './schemas';

export async function createUserWithPassword(input: SignUpInput, locale: Locale) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, passwordHash, locale },
      select: { id: true, email: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('CONFLICT', { messageKey: 'errors.emailTaken' });
    }
    throw error;
  }
}

/**
 * The user an OAuth sign-in belongs to: the linked account's user, else the user with the
 * provider's verified email (linked now), else a new user.
 */
export async function findOrCreateOAuthUser(profile: {
  provider: string;
  providerAccountId: string;
  email: string;
  name: string;
}) {
  const linked = await db.oAuthAccount.findUnique({
    where: {
      provider_providerAccountId: {
        provider: profile.provider,
        providerAccountId: profile.providerAccountId,
      },
    },
    select: { user: { select: { id: true, disabledAt: true } } },
  });
  if (linked) return linked.user;
  const email = profile.email.trim().toLowerCase();
  // The provider's name is input like a typed one: a name sign-up would refuse (none, too long,
  // a line break) gives way to the email address.
  const name = personNameSchema.safeParse(profile.name);
  return db.user.upsert({
    where: { email },
    create: {
      email,
      name: name.success ? name.data : email,
      accounts: { create: { provider: profile.provider, providerAccountId: profile.providerAccountId } },
    },
    update: {
      accounts: { create: { provider: profile.provider, providerAccountId: profile.providerAccountId } },
    },
    select: { id: true, disabledAt: true },
  });
}

export async function updateUserLocale(userId: string, locale: Locale) {
  await db.user.update({ where: { id: userId }, data: { locale } });
}
