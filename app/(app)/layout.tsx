import type { ReactNode } from 'react';
import { requireUser } from '@/lib/auth/current-user';

// Everything in this group needs a signed-in user whose session is valid in the database.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return children;
}
