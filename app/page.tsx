import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { listOrganisationsOf } from '@/lib/organisations/organisations';

/** The start page sends people where they belong: sign-in, onboarding, or their organisation. */
export default async function StartPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  const [first] = await listOrganisationsOf(user);
  redirect(first ? `/o/${first.slug}` : '/organisations/new');
}
