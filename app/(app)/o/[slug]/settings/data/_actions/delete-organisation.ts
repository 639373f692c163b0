'use server';

import { redirect } from 'next/navigation';
import { deleteOrganisation } from '@/lib/data-rights/organisation-deletion';
import { organisationDeletionSchema } from '@/lib/data-rights/schemas';
import { memberAction } from '@/lib/forms/member-action';

/** Owners only (the data layer checks); afterwards the account page lists what is left. */
export const deleteOrganisationAction = memberAction(organisationDeletionSchema, async (member, input) => {
  await deleteOrganisation(member, input);
  redirect('/account?deleted=organisation');
});
