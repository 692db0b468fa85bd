/**
 * The screens staff read on: a phone (touch), a tablet or half a laptop screen beside the journal
 * system, and a laptop. A spec runs its layout tests once per size.
 */
export const SCREEN_SIZES = [
  { name: 'telefon', width: 390, height: 844, touch: true },
  { name: 'surfplatta', width: 768, height: 1024, touch: true },
  { name: 'laptop', width: 1366, height: 768, touch: false },
] as const;

export type ScreenSize = (typeof SCREEN_SIZES)[number];

/** What `test.use` needs for a size. */
export const screenOptions = (size: ScreenSize) => ({
  viewport: { width: size.width, height: size.height },
  hasTouch: size.touch,
  isMobile: size.touch && size.width < 500,
});
