// A failure of `npm run backup` or `npm run restore` that the user can act on: the scripts print
// its message (which says what to do) without a stack trace and exit with status 1.
export class BackupError extends Error {
  override name = 'BackupError';
}
