// Who an invitation is for, as the invitation page and the acceptance compare and show it.
// Without server-only: pure functions, tested on their own.

/** The app stores emails trimmed and lower-cased (sign-up, sign-in, OAuth, invitations). */
function normalisedEmail(email: string) {
  return email.trim().toLowerCase();
}

/** Whether an account's email is the invited address, as the app normalises emails. */
export function isInvitedAddress(invitedEmail: string, accountEmail: string) {
  return normalisedEmail(invitedEmail) === normalisedEmail(accountEmail);
}

/**
 * The invited address as the invitation page shows it: the first character of the name and the
 * whole domain ("a…@example.de"). Whoever holds the link sees the page, and a link can be
 * forwarded or leak; the invitee still recognises which of their addresses is meant.
 */
export function maskEmail(email: string) {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '…';
  const [first = ''] = Array.from(email.slice(0, at));
  return `${first}…${email.slice(at)}`;
}
