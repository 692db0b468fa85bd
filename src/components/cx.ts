/** Joins class names, skipping empty ones. Internal to the design system. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
