import { useMemo } from 'react';
import { Link } from 'react-router';
import { Loading } from '@/components';
import { paths } from '@/config/paths';
import { formatCalendarDate } from '@/lib/format';
import type { DocumentVersion } from '../api/schemas';
import { prepareArticleHtml } from '../lib/article-html';
import { QueryError } from './query-error';
import {
  additionHeadingId,
  REGIONAL_SECTION_ID,
  type ChosenRegionAdditions,
} from './use-chosen-region-additions';

/**
 * At the top of the text: the chosen region has its own addition, further down. One short line
 * (the contents name the addition), so a phone still shows the text in its first screen.
 */
export function RegionalNotice({ regionName, additions }: ChosenRegionAdditions) {
  if (additions.length === 0) return null;
  return (
    <p className="regional-notice">
      <a href={`#${REGIONAL_SECTION_ID}`}>Regionalt tillägg för {regionName}</a>
    </p>
  );
}

function Addition({ addition }: { addition: DocumentVersion }) {
  // Under the section's h2 and the addition's h3, its own headings start at h4.
  const { html } = useMemo(
    () => prepareArticleHtml(addition.body, { idPrefix: addition.id, shiftHeadings: 2 }),
    [addition.body, addition.id],
  );
  return (
    <article aria-labelledby={additionHeadingId(addition.id)} className="regional-addition__item">
      <h3 id={additionHeadingId(addition.id)}>{addition.title}</h3>
      <p>{addition.summary}</p>
      {/* Sanitized with DOMPurify in prepareArticleHtml. */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />
      <p className="regional-addition__meta">
        Uppdaterad <time dateTime={addition.updated}>{formatCalendarDate(addition.updated)}</time> ·
        Ansvarig: {addition.responsible} ·{' '}
        <Link to={paths.article.getHref(addition.id)}>Öppna tillägget som egen sida</Link>
      </p>
    </article>
  );
}

/** The chosen region's own additions to a national text, in a marked section. */
export function RegionalAdditions({ region, regionName, query }: ChosenRegionAdditions) {
  if (!region) {
    return (
      <section aria-labelledby={REGIONAL_SECTION_ID} className="regional-addition">
        <h2 id={REGIONAL_SECTION_ID}>Regionalt tillägg</h2>
        <p>
          Välj din region under <strong>Region</strong> överst på sidan, så ser du regionens egna
          tillägg till texten här.
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby={REGIONAL_SECTION_ID} className="regional-addition">
      <h2 id={REGIONAL_SECTION_ID}>Regionalt tillägg – {regionName}</h2>
      {query.isPending ? (
        <Loading label={`Hämtar tillägg från ${regionName} …`} />
      ) : query.isError ? (
        <QueryError
          title="Det gick inte att hämta regionens tillägg"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : query.data.additions.length === 0 ? (
        <p>{regionName} har inget eget tillägg till den här texten.</p>
      ) : (
        query.data.additions.map((addition) => <Addition key={addition.id} addition={addition} />)
      )}
    </section>
  );
}
