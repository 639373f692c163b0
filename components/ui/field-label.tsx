import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/**
 * A field's label, with a red asterisk beside it when the field is required. The asterisk stays
 * outside the <label>, so the field's name is just its label; screen readers hear "required" from
 * the input's own required/aria-required.
 */
export function FieldLabel({
  htmlFor,
  required,
  hidden,
  children,
}: {
  htmlFor: string;
  required?: boolean;
  hidden?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={hidden ? 'sr-only' : 'flex items-baseline gap-1 text-sm font-medium text-slate-800'}>
      <label htmlFor={htmlFor}>{children}</label>
      {required && <RequiredMark />}
    </div>
  );
}

export function RequiredMark() {
  return (
    <span aria-hidden="true" className="font-semibold text-red-700">
      *
    </span>
  );
}

/** The legend of the asterisk, at the top of a form with required fields ("* Pflichtfeld"). */
export function RequiredFieldsNote({ className = '' }: { className?: string }) {
  const t = useTranslations('forms');
  return (
    <p aria-hidden="true" className={`text-sm text-slate-600 ${className}`}>
      <RequiredMark /> {t('requiredField')}
    </p>
  );
}
