import { getTranslations } from 'next-intl/server';
import type { BusinessTypeValue } from '@/lib/listings/business-types';
import type { PlatformListItem } from '@/lib/listings/platforms';
import { PlatformGroups } from './platform-groups';

type Props = {
  /** The platforms outside the kind of business's preset. */
  further: PlatformListItem[];
  businessType: BusinessTypeValue;
  actions: Parameters<typeof PlatformGroups>[0]['actions'];
};

/** The platforms outside the preset, folded away unless one of them is in use. */
export async function FurtherPlatforms({ further, businessType, actions }: Props) {
  const tType = await getTranslations('businessTypes');
  return (
    <details
      className="group rounded-xl border border-slate-200 bg-slate-50 p-4"
      open={further.some((platform) => platform.enabled) || undefined}
    >
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 text-lg font-semibold text-slate-900 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="text-slate-500 transition-transform group-open:rotate-90">
          ▸
        </span>
        {tType('settings.furtherTitle', { count: further.length })}
      </summary>
      <p className="mb-4 text-sm text-slate-700">
        {tType('settings.furtherIntro', { type: tType(`label.${businessType}`) })}
      </p>
      <div className="space-y-4">
        <PlatformGroups platforms={further} reasonType={null} actions={actions} />
      </div>
    </details>
  );
}
