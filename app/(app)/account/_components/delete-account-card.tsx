import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { planAccountDeletion } from '@/lib/data-rights/account-deletion';
import { deleteAccountAction } from '../_actions/delete-account';
import { DeleteAccountForm } from './delete-account-form';

type Props = {
  deletionPlan: Awaited<ReturnType<typeof planAccountDeletion>>;
  email: string;
  hasPassword: boolean;
};

const names = (list: { name: string }[]) => list.map((organisation) => organisation.name).join(', ');

/** Deleting the account: which organisations go with it, and the form, unless organisations block it. */
export async function DeleteAccountCard({ deletionPlan, email, hasPassword }: Props) {
  const tData = await getTranslations('dataRights');
  return (
    <Card title={tData('account.deleteTitle')} className="border-red-200">
      <div className="mb-4 max-w-prose space-y-3 text-sm text-slate-700">
        <p>{tData('account.deleteIntro')}</p>
        {deletionPlan.deletedWithAccount.length > 0 && (
          <p>
            {tData('account.deletedWithAccount', {
              organisations: names(deletionPlan.deletedWithAccount),
            })}
          </p>
        )}
      </div>
      {deletionPlan.blockedBy.length > 0 ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {tData('account.blocked', { organisations: names(deletionPlan.blockedBy) })}
        </p>
      ) : (
        <DeleteAccountForm action={deleteAccountAction} email={email} hasPassword={hasPassword} />
      )}
    </Card>
  );
}
