import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormState } from '@/lib/forms/form-state';

type Props = {
  notificationId: string;
  /** The notification's text, read out after the button's own ("Als gelesen markieren: …"). */
  label: string;
  buttonText: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** "Als gelesen markieren" for one notification, of whatever kind. */
export function MarkReadForm({ notificationId, label, buttonText, action }: Props) {
  return (
    <ActionForm action={action} quietOnSuccess className="shrink-0">
      <input type="hidden" name="notificationId" value={notificationId} />
      <SubmitButton variant="secondary">
        {buttonText}
        <span className="sr-only">: {label}</span>
      </SubmitButton>
    </ActionForm>
  );
}
