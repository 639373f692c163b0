import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { isGroupLimited } from '@/lib/access/location-scope';
import { hasRole, type SessionMemberContext } from '@/lib/access/member-context';
import { Brand } from './brand';
import { LanguageSwitcher } from './language-switcher';
import { NavLink } from './nav-link';
import { OrganisationSwitcher } from './organisation-switcher';
import { SignOutButton } from './sign-out-button';

type Props = {
  member: SessionMemberContext;
  organisations: { slug: string; name: string; role: SessionMemberContext['role'] }[];
  /** The member's unread notifications, shown as a badge on their nav link. */
  unreadNotifications: number;
  children: ReactNode;
};

/** Sidebar on wide screens; on phones the same navigation folds into a disclosure. */
export async function AppShell({ member, organisations, unreadNotifications, children }: Props) {
  const t = await getTranslations('nav');
  const tApp = await getTranslations('app');
  const base = `/o/${member.organisation.slug}`;
  const current = { slug: member.organisation.slug, name: member.organisation.name, role: member.role };
  return (
    <div className="min-h-dvh lg:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {tApp('skipToContent')}
      </a>
      <aside
        aria-label={t('sidebar')}
        className="hidden w-72 shrink-0 flex-col gap-5 border-r border-slate-200 bg-white p-4 lg:flex print:hidden"
      >
        <Brand href={base} />
        <OrganisationSwitcher current={current} organisations={organisations} />
        <div className="flex-1">
          <MainNavigation member={member} unreadNotifications={unreadNotifications} />
        </div>
        <AccountLinks member={member} />
      </aside>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white lg:hidden print:hidden">
        {/* The logo lies over the menu's row, not inside its summary: a link inside the summary
            would be a control inside a control, which keyboards and screen readers cannot reach. */}
        <div className="absolute top-0 left-4 z-10 flex h-14 items-center">
          <Brand href={base} />
        </div>
        <details className="group">
          <summary className="flex min-h-14 cursor-pointer list-none items-center justify-end px-4 [&::-webkit-details-marker]:hidden">
            <span className="rounded-lg border border-slate-300 px-3 py-2 text-sm font-medium">
              <span className="group-open:hidden">{t('openMenu')}</span>
              <span className="hidden group-open:inline">{t('closeMenu')}</span>
            </span>
          </summary>
          <div className="space-y-4 border-t border-slate-200 p-4">
            <OrganisationSwitcher current={current} organisations={organisations} />
            <MainNavigation member={member} unreadNotifications={unreadNotifications} />
            <AccountLinks member={member} />
          </div>
        </details>
      </header>
      <main
        id="main"
        className="mx-auto w-full max-w-6xl min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-10 lg:py-10 print:max-w-none print:p-0"
      >
        {children}
      </main>
    </div>
  );
}

/** The organisation's pages; administration only for managers, the audit log and data rights only for owners. */
async function MainNavigation({
  member,
  unreadNotifications,
}: Pick<Props, 'member' | 'unreadNotifications'>) {
  const t = await getTranslations('nav');
  const tNotifications = await getTranslations('notifications');
  const tVerification = await getTranslations('verification');
  const tWebhooks = await getTranslations('webhooks');
  const tGroups = await getTranslations('locationGroups');
  const tReports = await getTranslations('reports');
  const tPublishing = await getTranslations('publishingSettings');
  const base = `/o/${member.organisation.slug}`;
  return (
    <nav aria-label={t('main')} className="space-y-1">
      <NavLink href={base} exact>
        {t('dashboard')}
      </NavLink>
      <NavLink href={`${base}/locations`}>{t('locations')}</NavLink>
      {/* Groups are a management view: staff work on their assigned locations (lib/location-groups/access.ts). */}
      {hasRole(member, 'MANAGER') && <NavLink href={`${base}/groups`}>{tGroups('nav')}</NavLink>}
      <NavLink href={`${base}/listings`}>{t('listings')}</NavLink>
      <NavLink href={`${base}/checkins`}>{t('checkins')}</NavLink>
      <NavLink href={`${base}/time`}>{t('timeEntries')}</NavLink>
      <NavLink href={`${base}/benchmarks`}>{t('benchmarks')}</NavLink>
      {/* The monthly report covers every location and the team's punctuality: a management view. */}
      {hasRole(member, 'MANAGER') && <NavLink href={`${base}/reports`}>{tReports('nav')}</NavLink>}
      <NavLink href={`${base}/notifications`}>
        <span className="sr-only">{tNotifications('navLink', { count: unreadNotifications })}</span>
        <span aria-hidden="true" className="flex flex-1 items-center justify-between gap-2">
          {t('notifications')}
          {unreadNotifications > 0 && (
            <span className="bg-brand-600 min-w-6 rounded-full px-2 py-0.5 text-center text-xs font-bold text-white">
              {unreadNotifications > 99 ? '99+' : unreadNotifications}
            </span>
          )}
        </span>
      </NavLink>
      {/* Administration: staff have nothing to do there, so they do not see it. */}
      {hasRole(member, 'MANAGER') && (
        <>
          <NavLink href={`${base}/settings/members`}>{t('members')}</NavLink>
          {/* API tokens see every location, so a manager limited to groups makes none. */}
          {!isGroupLimited(member) && (
            <NavLink href={`${base}/settings/api-tokens`}>{t('apiTokens')}</NavLink>
          )}
          <NavLink href={`${base}/settings/platforms`}>{t('platforms')}</NavLink>
          <NavLink href={`${base}/settings/checkins`}>{tNotifications('navSchedule')}</NavLink>
          <NavLink href={`${base}/settings/verification`}>{tVerification('nav')}</NavLink>
          {/* Owners decide what is public; managers see it. */}
          <NavLink href={`${base}/settings/publishing`}>{tPublishing('nav')}</NavLink>
        </>
      )}
      {hasRole(member, 'OWNER') && (
        <>
          <NavLink href={`${base}/settings/webhooks`}>{tWebhooks('nav')}</NavLink>
          <NavLink href={`${base}/settings/audit`}>{t('auditLog')}</NavLink>
          <NavLink href={`${base}/settings/data`}>{t('dataRights')}</NavLink>
        </>
      )}
    </nav>
  );
}

/** Who is signed in, with their account, sign-out and the language. */
async function AccountLinks({ member }: Pick<Props, 'member'>) {
  const t = await getTranslations('nav');
  return (
    <div className="space-y-1 border-t border-slate-200 pt-3">
      <p className="truncate px-3 text-sm font-semibold text-slate-900">{member.actor.name}</p>
      <p className="truncate px-3 text-xs text-slate-600">{member.actor.email}</p>
      <NavLink href="/account">{t('account')}</NavLink>
      <SignOutButton className="w-full" />
      <LanguageSwitcher className="px-2 pt-1" />
    </div>
  );
}
