'use client';

import { CopyButton } from './copy-button';

type Props = {
  id: string;
  label: string;
  /** The secret or private link, shown once. */
  value: string;
  copyLabel: string;
  copiedLabel: string;
};

/**
 * A secret shown once to be copied (an API token, an invitation link, a calendar feed address):
 * read-only, selected whole on focus, in a monospaced font, with a copy button beside it.
 */
export function SecretField({ id, label, value, copyLabel, copiedLabel }: Props) {
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          readOnly
          value={value}
          className="min-h-11 w-full min-w-0 rounded-lg border border-slate-300 bg-slate-50 px-3 font-mono text-sm"
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton text={value} label={copyLabel} copiedLabel={copiedLabel} />
      </div>
    </div>
  );
}
