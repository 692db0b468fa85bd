import { useRef, useState, type ReactNode } from 'react';
import { Button, Dialog } from '@/components';
import { hitCount } from '../lib/format';

/**
 * The facets on a phone: a "Filter" button that opens them in a modal bottom sheet (native
 * `<dialog>`: focus moves in, Escape closes, focus returns to the button).
 */
export function FilterSheet({
  selected,
  total,
  onClear,
  children,
}: {
  /** How many filters are chosen now. */
  selected: number;
  /** Hits with the current filters; null until the first answer. */
  total: number | null;
  onClear: () => void;
  /** The facet panel (or what stands in for it while the index loads). */
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const showRef = useRef<HTMLButtonElement>(null);
  const close = () => setOpen(false);
  return (
    <>
      <Button variant="secondary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Filter
        {selected > 0 && ` (${selected} ${selected === 1 ? 'valt' : 'valda'})`}
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title="Filtrera"
        className="search-sheet"
        actions={
          <>
            <Button ref={showRef} onClick={close}>
              {total === null ? 'Visa träffar' : `Visa ${hitCount(total)}`}
            </Button>
            {selected > 0 && (
              <Button
                variant="secondary"
                onClick={() => {
                  // The button goes away with the filters: keep focus in the sheet.
                  showRef.current?.focus();
                  onClear();
                }}
              >
                Rensa alla filter
              </Button>
            )}
          </>
        }
      >
        {children}
      </Dialog>
    </>
  );
}
