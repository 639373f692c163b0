import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { FormState } from '@/lib/forms/form-state';
import { platformReasonKey, type BusinessTypeValue } from '@/lib/listings/business-types';
import { platformKinds } from '@/lib/listings/platform-settings-schemas';
import type { PlatformListItem } from '@/lib/listings/platforms';
import { PlatformRow } from './platform-row';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  platforms: PlatformListItem[];
  /** The kind of business whose reasons the catalogue platforms show; null for the general ones. */
  reasonType: BusinessTypeValue | null;
  actions: { setEnabled: Action; deleteCustom: Action } | null;
};

/** The platforms as a card per kind (listings, reviews, social …), kinds without any left out. */
export async function PlatformGroups({ platforms, reasonType, actions }: Props) {
  const tKind = await getTranslations('listings.kind');
  const tAll = await getTranslations();
  return platformKinds.map((kind) => {
    const ofKind = platforms.filter((platform) => platform.kind === kind);
    if (ofKind.length === 0) return null;
    return (
      <Card key={kind} title={tKind(kind)}>
        <ul className="divide-y divide-slate-100">
          {ofKind.map((platform) => (
            <PlatformRow
              key={platform.id}
              platform={platform}
              reason={platform.isCustom ? null : tAll(platformReasonKey(reasonType, platform.key))}
              actions={actions}
            />
          ))}
        </ul>
      </Card>
    );
  });
}
