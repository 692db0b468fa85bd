import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { containsIdentityNumber, containsIdentityNumberPart } from '@/lib/identity-number-like';

export const TYPING_DELAY_MS = 200;

/**
 * The text in the box, ahead of the URL while someone types. It reaches the URL (and thereby
 * the search) after a short pause, or at once on Enter. One burst of typing is one history
 * entry: the first write pushes, the rest of the burst replaces. A change of the URL's words
 * that did not come from the box (Back, "Menade du …?") is taken into the box. Text shaped
 * like an identity number never reaches the URL, and six digits or more (a number being typed)
 * wait for Enter instead of the pause, so half a number is not written on the way.
 */
export function useQueryDraft(urlQuery: string, commit: (q: string, replace: boolean) => void) {
  const [draft, setDraft] = useState(urlQuery);
  // What the URL said last, and what we last wrote there (state, not refs: read in render).
  const [sync, setSync] = useState({ url: urlQuery, written: urlQuery });
  const burstOpen = useRef(false);

  if (urlQuery !== sync.url) {
    if (urlQuery !== sync.written) setDraft(urlQuery);
    setSync({ url: urlQuery, written: urlQuery });
  }

  const identityNumber = containsIdentityNumber(draft);
  const pending = draft !== sync.written && !identityNumber;

  const write = (q: string) => {
    commit(q, burstOpen.current);
    burstOpen.current = true;
    setSync((current) => ({ ...current, written: q }));
  };

  // An effect event: the pause is timed from the last keystroke, and the write uses the
  // page's state (filters, sort) as it is when the pause ends.
  const writeDraft = useEffectEvent(() => write(draft));
  const maybeTypingANumber = containsIdentityNumberPart(draft);
  useEffect(() => {
    if (!pending || maybeTypingANumber) return;
    const timer = setTimeout(writeDraft, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, pending, maybeTypingANumber]);

  return {
    draft,
    setDraft,
    identityNumber,
    /** Enter: search now, and end the burst. */
    submit() {
      if (pending) write(draft);
      burstOpen.current = false;
    },
    /** Leaving the box, or any other change (a filter, the sort) ends the burst too. */
    endBurst() {
      burstOpen.current = false;
    },
  };
}
