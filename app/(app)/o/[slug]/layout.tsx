import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { requireMember } from '@/lib/organisations/member-context';
import { listOrganisationsOf } from '@/lib/organisations/organisations';

export default async function OrganisationLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const member = await requireMember((await params).slug);
  const organisations = await listOrganisationsOf(member.user);
  return (
    <AppShell member={member} organisations={organisations}>
      {children}
    </AppShell>
  );
}
