'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { memberAction } from '@/lib/forms/member-action';
import { createLocationGroup, deleteLocationGroup, updateLocationGroup } from '@/lib/location-groups/groups';
import { addLocationsToGroup, removeLocationsFromGroup } from '@/lib/location-groups/members';
import {
  locationGroupIdSchema,
  locationGroupInputSchema,
  locationGroupMembersChangeSchema,
  locationGroupUpdateSchema,
} from '@/lib/location-groups/schemas';

// The groups' forms. The data layer decides who may (owners and managers without a limit); an
// empty field is an absent one, so a hand group's hidden rule fields do not count.

const groupsPath = (slug: string) => `/o/${slug}/groups`;

const readFilledFields = (form: FormData) =>
  Object.fromEntries(
    [...form].filter(
      ([key, value]) => typeof value === 'string' && value.trim() !== '' && !key.startsWith('$'),
    ),
  );

const readLocationIds = (form: FormData) => ({ locationIds: form.getAll('locationIds') });

export const createLocationGroupAction = memberAction(
  locationGroupInputSchema,
  async (member, input) => {
    const group = await createLocationGroup(member, input);
    revalidatePath(groupsPath(member.organisation.slug));
    redirect(`${groupsPath(member.organisation.slug)}/${group.id}?created=1`);
  },
  { read: readFilledFields },
);

export const updateLocationGroupAction = memberAction(
  locationGroupUpdateSchema,
  async (member, input, _form, groupId) => {
    await updateLocationGroup(member, groupId, input);
    revalidatePath(groupsPath(member.organisation.slug), 'layout');
    return { status: 'success', message: (await getTranslations('locationGroups'))('saved') };
  },
  { read: readFilledFields, bound: [locationGroupIdSchema] },
);

export const deleteLocationGroupAction = memberAction(
  z.object({}),
  async (member, _input, _form, groupId) => {
    await deleteLocationGroup(member, groupId);
    revalidatePath(groupsPath(member.organisation.slug), 'layout');
    redirect(groupsPath(member.organisation.slug));
  },
  { bound: [locationGroupIdSchema] },
);

export const addLocationsToGroupAction = memberAction(
  locationGroupMembersChangeSchema,
  async (member, input, _form, groupId) => {
    const { added } = await addLocationsToGroup(member, groupId, input.locationIds);
    revalidatePath(groupsPath(member.organisation.slug), 'layout');
    return {
      status: 'success',
      message: (await getTranslations('locationGroups'))('added', { count: added }),
    };
  },
  { read: readLocationIds, bound: [locationGroupIdSchema] },
);

export const removeLocationsFromGroupAction = memberAction(
  locationGroupMembersChangeSchema,
  async (member, input, _form, groupId) => {
    await removeLocationsFromGroup(member, groupId, input.locationIds);
    revalidatePath(groupsPath(member.organisation.slug), 'layout');
    return { status: 'success', message: (await getTranslations('locationGroups'))('removed') };
  },
  { read: readLocationIds, bound: [locationGroupIdSchema] },
);
