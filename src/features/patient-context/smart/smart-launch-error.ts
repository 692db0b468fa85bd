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
