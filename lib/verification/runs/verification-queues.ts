// The job queues of the verification sources (lib/jobs/queue.ts creates them, verification-workers.ts works them).
export const verificationQueues = {
  /** One location's website (lib/verification/sources/website-source.ts); grouped by host. */
  verifyWebsite: 'verify-website',
  /** One Overpass query for a cluster of nearby locations. */
  verifyOpenStreetMap: 'verify-openstreetmap',
  /** One location asked of Google's Places API (New). */
  verifyGoogle: 'verify-google',
} as const;

export type VerificationQueue = (typeof verificationQueues)[keyof typeof verificationQueues];
