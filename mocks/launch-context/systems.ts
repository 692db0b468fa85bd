/**
 * The journal systems registered with the launch-context backend, with their client
 * credentials. Development only: the secret is public on purpose and worthless anywhere else;
 * a real deployment registers each vendor's system with its own secret or certificate.
 */
export type JournalSystem = { clientId: string; clientSecret: string; name: string };

export const JOURNAL_SYSTEMS: readonly JournalSystem[] = [
  {
    clientId: 'journalsimulator',
    clientSecret: 'endast-for-utveckling-inte-hemligt',
    name: 'Journalsimulatorn (utveckling)',
  },
];

/** How long a system's access token lives, in seconds. */
export const SYSTEM_TOKEN_TTL_SECONDS = 600;
/** How long a launch handle can be redeemed, in milliseconds. */
export const LAUNCH_HANDLE_TTL_MS = 5 * 60_000;
