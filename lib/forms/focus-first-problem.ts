/**
 * After a failed submit: focus the first field marked invalid in the form (it announces its label
 * and error), or else the form's message, and bring it to the middle of the screen, clear of the
 * sticky header on phones and of a sticky save bar.
 */
export function focusFirstProblem(message: HTMLElement) {
  const form = message.closest('form');
  const invalid = [...(form?.querySelectorAll<HTMLElement>('[aria-invalid="true"]') ?? [])].find(
    (element) => !element.matches(':disabled') && element.getClientRects().length > 0,
  );
  const target = invalid ?? message;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center' });
}
