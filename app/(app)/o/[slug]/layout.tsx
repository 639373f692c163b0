import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { requireMember } from '@/lib/organisations/member-context';
import { loadAppShellData } from '@/lib/organisations/app-shell-data';

export default async function OrganisationLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const member = await requireMember((await params).slug);
  const { organisations, unreadNotifications } = await loadAppShellData(member);
  return (
    <AppShell member={member} organisations={organisations} unreadNotifications={unreadNotifications}>
      {children}
    </AppShell>
  );
}
