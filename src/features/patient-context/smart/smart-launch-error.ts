/** A launch that cannot go on, with the reason in words for the person who clicked. */
export class SmartLaunchError extends Error {
  constructor(
    readonly title: string,
    message: string,
  ) {
    super(message);
    this.name = 'SmartLaunchError';
  }
}

/** What the launch pages show for a failed SMART step: its own words, or a general message. */
export function smartLaunchProblem(error: unknown): { title: string; errors: string[] } {
  return error instanceof SmartLaunchError
    ? { title: error.title, errors: [error.message] }
    : {
        title: 'Patienten kunde inte öppnas från journalsystemet',
        errors: ['Ett oväntat fel inträffade. Öppna patienten från journalsystemet igen.'],
      };
}
