import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { countUnread } from '@/lib/notifications/notifications';
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
  const [organisations, unreadNotifications] = await Promise.all([
    listOrganisationsOf(member.user),
    countUnread(member),
  ]);
  return (
    <AppShell member={member} organisations={organisations} unreadNotifications={unreadNotifications}>
      {children}
    </AppShell>
  );
}
