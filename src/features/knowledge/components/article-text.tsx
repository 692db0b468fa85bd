import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Button, SearchField } from '@/components';
import { highlightMatches } from '../lib/article-html';

/**
 * The article's (sanitized) body with "Sök i texten": every match is marked, the current one
 * is scrolled into view; Enter goes to the next match and Shift+Enter to the previous one.
 * One line above the text until someone searches, so a phone shows the text at once.
 */
export function ArticleText({ html }: { html: string }) {
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const body = useRef<HTMLDivElement>(null);
  const marked = useMemo(() => highlightMatches(html, query), [html, query]);
  const { count } = marked;
  const index = count === 0 ? 0 : Math.min(current, count - 1);
  const searching = query.trim().length >= 2;

  useEffect(() => {
    const marks = body.current?.querySelectorAll<HTMLElement>('mark[data-match]') ?? [];
    marks.forEach((mark, i) => mark.classList.toggle('is-current', i === index));
    marks[index]?.scrollIntoView?.({ block: 'center' });
  }, [marked, index]);

  const move = (step: 1 | -1) => {
    if (count > 0) setCurrent((index + step + count) % count);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    move(event.shiftKey ? -1 : 1);
  };

  return (
    <>
      <div className="article-find" role="search" aria-label="Sök i texten">
        <SearchField
          label="Sök i texten"
          hint="Hitta ord och rubriker i den här texten. Enter går till nästa träff, Skift+Enter till föregående."
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setCurrent(0);
          }}
          onKeyDown={onKeyDown}
          autoComplete="off"
        />
        {/* Compact until used: the buttons come with the first letter, the status is always
            there (a live region must exist before it speaks). */}
        <div className="cluster article-find__nav">
          {query.trim() !== '' && (
            <>
              <Button variant="secondary" size="sm" onClick={() => move(-1)} disabled={count === 0}>
                Föregående
              </Button>
              <Button variant="secondary" size="sm" onClick={() => move(1)} disabled={count === 0}>
                Nästa
              </Button>
            </>
          )}
          <p role="status" className="article-find__status">
            {searching ? (count > 0 ? `${index + 1} av ${count}` : 'Inga träffar i texten') : ''}
          </p>
        </div>
      </div>
      <div
        ref={body}
        className="article-body"
        // Sanitized with DOMPurify in prepareArticleHtml; highlighting only adds <mark>.
        dangerouslySetInnerHTML={{ __html: marked.html }}
      />
    </>
  );
}
