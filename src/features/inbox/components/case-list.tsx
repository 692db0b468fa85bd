import { measureElement, observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useId, useRef, type KeyboardEvent } from 'react';
import { NavLink } from 'react-router';
import { Badge } from '@/components';
import { CASE_STATUS_LABELS, CASE_TYPE_LABELS, type Case } from '../model';
import { findSource } from '../sources/registry';
import { formatDate, formatDayAndTime } from '@/lib/format';
import { isOverdue } from '../lib/filters';

export type CaseListProps = {
  cases: Case[];
  caseHref: (c: Case) => string;
  now: number;
};

/** A row's height before it is measured: two lines, as most rows are on a laptop. */
const ROW_ESTIMATE = 64;
const SCREENFUL = { width: 800, height: 720 };

/**
 * The cases as a virtualized list: only the rows in view (and a few around) are in the DOM, so
 * 5,000 cases scroll as smoothly as 50. Rows are links, reached with Tab (which also scrolls the
 * region); the list says how long it is with aria-setsize/aria-posinset. Each row is as tall as
 * its content (it is measured), so a long subject or a wrapped line is never cut off.
 */
export function CaseList({ cases, caseHref, now }: CaseListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer keeps its own scroll state and re-renders the list; nothing here is memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: cases.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    // Where nothing is laid out (jsdom, a hidden list) a row measures 0: keep the estimate.
    measureElement: (element, entry, instance) => {
      const size = measureElement(element, entry, instance);
      return size > 0 ? size : ROW_ESTIMATE;
    },
    overscan: 6,
    // Before the first measurement, and where nothing is laid out (jsdom, a hidden list): a screenful.
    initialRect: SCREENFUL,
    observeElementRect: (instance, notify) =>
      observeElementRect(instance, (rect) => notify(rect.height > 0 ? rect : SCREENFUL)),
    getItemKey: (index) => cases[index]!.key,
  });

  const hintId = useId();
  // Focus a row by its index; a row scrolled into view renders a frame or two later.
  const focusRow = (index: number, framesLeft = 5) => {
    if (index < 0 || index >= cases.length) return;
    if (framesLeft === 5) virtualizer.scrollToIndex(index, { align: 'auto' });
    const link = scroller.current?.querySelector<HTMLAnchorElement>(
      `[aria-posinset="${index + 1}"] a`,
    );
    if (link) link.focus();
    else if (framesLeft > 0) requestAnimationFrame(() => focusRow(index, framesLeft - 1));
  };
  // As in mail clients and Epic In Basket: arrow keys or j/k move through the list.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const row = (event.target as HTMLElement).closest('li[aria-posinset]');
    if (!row) return;
    const index = Number(row.getAttribute('aria-posinset')) - 1;
    const next = {
      ArrowDown: index + 1,
      j: index + 1,
      ArrowUp: index - 1,
      k: index - 1,
      Home: 0,
      End: cases.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(next);
  };

  return (
    // The keys come from the row links inside; the region only listens for them as they bubble.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={scroller}
      className="inbox-list"
      role="region"
      aria-label="Ärendelista"
      aria-describedby={hintId}
      onKeyDown={onKeyDown}
    >
      <p id={hintId} className="visually-hidden">
        Pil upp och pil ned, eller j och k, flyttar mellan ärendena.
      </p>
      <ul className="inbox-list__items" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const c = cases[item.index]!;
          const overdue = isOverdue(c, now);
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className={`inbox-row${c.unread ? ' inbox-row--unread' : ''}`}
              aria-setsize={cases.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <div className="inbox-row__top">
                <NavLink to={caseHref(c)} className="inbox-row__link">
                  {c.unread && <span className="visually-hidden">Oläst: </span>}
                  {c.subject}
                </NavLink>
                <span className="inbox-row__badges">
                  <Badge variant={c.status === 'new' ? 'primary' : 'neutral'}>
                    {CASE_STATUS_LABELS[c.status]}
                  </Badge>
                  {c.priority === 'high' && <Badge variant="warning">Hög prioritet</Badge>}
                  {overdue && <Badge variant="danger">Försenad</Badge>}
                </span>
              </div>
              <div className="inbox-row__meta ds-text-sm">
                <span className="inbox-row__patient">
                  {c.patient ? (
                    c.patient.name
                  ) : c.counterpart ? (
                    <>
                      <span className="visually-hidden">Motpart: </span>
                      {c.counterpart}
                    </>
                  ) : (
                    'Ingen patient'
                  )}
                </span>
                <span>{findSource(c.source)?.name}</span>
                <span>{CASE_TYPE_LABELS[c.type]}</span>
                <span>Inkom {formatDayAndTime(c.receivedAt)}</span>
                {c.dueAt && c.status !== 'closed' && <span>Senast {formatDate(c.dueAt)}</span>}
                <span>{c.assignee ? c.assignee.name : 'Ej tilldelad'}</span>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
