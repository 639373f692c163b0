import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getAppFormatter } from '@/lib/i18n/server-formatter';
import { VerificationRunner } from '@/components/verification/verification-runner';
import type { FormState } from '@/lib/forms/form-state';
import type { VerificationSource } from '@/lib/generated/prisma/enums';
import type { VerificationRunJson } from '@/lib/verification/run-progress';

type Props = {
  slug: string;
  /** The sources a run would ask now (switched on; Google only with a key). */
  sources: VerificationSource[];
  isOwner: boolean;
  startAction: (previous: FormState, formData: FormData) => Promise<FormState>;
  unfinished: VerificationRunJson | null;
};

/**
 * "Jetzt prüfen" on a location's checklist, for whoever may edit it, with the progress of the run
 * under way. Without a source switched on it says so: owners get the way to the settings, anyone
 * else who can switch them on.
 */
export async function VerificationCard({ slug, sources, isOwner, startAction, unfinished }: Props) {
  const t = await getTranslations('verification');
  const format = await getAppFormatter();
  const names = sources.map((source) => t(`sources.${source}`));
  return (
    <section
      aria-labelledby="verification-title"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="verification-title" className="text-base font-semibold text-slate-900">
        {t('run.title')}
      </h2>
      {sources.length === 0 ? (
        <p className="text-sm text-slate-700">
          {isOwner ? (
            <>
              {t('run.noSourcesOwner')}{' '}
              <Link
                href={`/o/${slug}/settings/verification`}
                className="text-brand-700 font-medium underline hover:no-underline"
              >
                {t('run.setUp')}
              </Link>
            </>
          ) : (
            t('run.noSourcesOther')
          )}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {t('run.intro', { sources: format.list(names), count: names.length })}
          </p>
          <VerificationRunner
            slug={slug}
            action={startAction}
            label={t('run.check')}
            pendingLabel={t('run.starting')}
            unfinished={unfinished}
          />
        </>
      )}
    </section>
  );
}
