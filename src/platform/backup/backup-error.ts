/** A backup or restore that cannot be done, with a message for the operator; nothing was changed. */
export class BackupError extends Error {}
