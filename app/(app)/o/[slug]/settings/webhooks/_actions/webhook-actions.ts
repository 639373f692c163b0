'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { memberAction } from '@/lib/forms/member-action';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  rotateWebhookSecret,
  sendWebhookTestEvent,
  updateWebhookEndpoint,
} from '@/lib/webhooks/endpoints';
import {
  webhookEndpointIdSchema,
  webhookEndpointInputSchema,
  webhookSwitchSchema,
} from '@/lib/webhooks/schemas';

// The webhook settings' forms (owners; the data layer refuses anyone else). A secret travels back
// once, in the answer of creating or rotating; the page never shows it again.

const settingsPath = (slug: string) => `/o/${slug}/settings/webhooks`;

export const createWebhookEndpointAction = memberAction(
  webhookEndpointInputSchema,
  async (member, input) => {
    const { secret } = await createWebhookEndpoint(member, input);
    revalidatePath(settingsPath(member.organisation.slug));
    const t = await getTranslations('webhooks');
    // A chat endpoint's secret signs nothing (its URL is the secret): not shown.
    if (input.format !== 'standard') return { status: 'success', message: t('createdChat') };
    return { status: 'success', message: t('created'), result: { secret } };
  },
  // One "events" value per ticked box: read as a list.
  {
    read: (form) => ({
      url: form.get('url'),
      description: form.get('description') ?? '',
      events: form.getAll('events'),
      format: form.get('format') ?? undefined,
    }),
  },
);

export const rotateWebhookSecretAction = memberAction(webhookEndpointIdSchema, async (member, input) => {
  const { secret } = await rotateWebhookSecret(member, input.endpointId);
  const t = await getTranslations('webhooks');
  return { status: 'success', message: t('rotated'), result: { secret } };
});

export const sendWebhookTestEventAction = memberAction(webhookEndpointIdSchema, async (member, input) => {
  await sendWebhookTestEvent(member, input.endpointId);
  revalidatePath(settingsPath(member.organisation.slug), 'layout');
  return { status: 'success', message: (await getTranslations('webhooks'))('testQueued') };
});

export const switchWebhookEndpointAction = memberAction(webhookSwitchSchema, async (member, input) => {
  const enabled = input.enabled === 'on';
  await updateWebhookEndpoint(member, input.endpointId, { enabled });
  revalidatePath(settingsPath(member.organisation.slug));
  return {
    status: 'success',
    message: (await getTranslations('webhooks'))(enabled ? 'enabled' : 'disabled'),
  };
});

export const deleteWebhookEndpointAction = memberAction(webhookEndpointIdSchema, async (member, input) => {
  await deleteWebhookEndpoint(member, input.endpointId);
  revalidatePath(settingsPath(member.organisation.slug));
  return { status: 'success', message: (await getTranslations('webhooks'))('deleted') };
});
