import { useState, type SyntheticEvent } from 'react';
import { useMediaQuery } from '@/lib/use-media-query';

/** Where the article's facts and contents stand beside the text (see article.css). */
export const SIDE_BY_SIDE = '(min-width: 60rem)';

/**
 * A panel of the article's side (the facts, the contents) as a disclosure: open beside the text
 * on a wide screen, closed above it on a narrow one, so a phone shows the text in its first
 * screen. The prerendered page is the narrow one (closed); a wide screen opens it as the app
 * starts (article.css shows it meanwhile). Once the reader opens or closes it, that stays.
 */
export function useSidePanel() {
  const sideBySide = useMediaQuery(SIDE_BY_SIDE, false);
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? sideBySide;
  return {
    open,
    // The toggle event also follows our own change of `open`: only the reader's is a choice.
    onToggle: (event: SyntheticEvent<HTMLDetailsElement>) => {
      if (event.currentTarget.open !== open) setChosen(event.currentTarget.open);
    },
  };
}
