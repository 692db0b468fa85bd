import { useMemo } from 'react';
import { Link } from 'react-router';
import { Loading } from '@/components';
import { paths } from '@/config/paths';
import type { DocumentVersion } from '../api/schemas';
import { useRegionalAdditions } from '../api/get-regional-additions';
import { prepareArticleHtml } from '../lib/article-html';
import { formatDate } from '../lib/format';
import { useRegionName } from '../api/get-regions';
import { useRegion } from '../region/region-store';
import { QueryError } from './query-error';

function Addition({ addition }: { addition: DocumentVersion }) {
  // Under the section's h2 and the addition's h3, its own headings start at h4.
  const { html } = useMemo(
    () => prepareArticleHtml(addition.body, { idPrefix: addition.id, shiftHeadings: 2 }),
    [addition.body, addition.id],
  );
  return (
    <article aria-labelledby={`tillagg-${addition.id}`} className="regional-addition__item">
      <h3 id={`tillagg-${addition.id}`}>{addition.title}</h3>
      <p>{addition.summary}</p>
      {/* Sanitized with DOMPurify in prepareArticleHtml. */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />
      <p className="regional-addition__meta">
        Uppdaterad <time dateTime={addition.updated}>{formatDate(addition.updated)}</time> ·
        Ansvarig: {addition.responsible} ·{' '}
        <Link to={paths.article.getHref(addition.id)}>Öppna tillägget som egen sida</Link>
      </p>
    </article>
  );
}

/** The chosen region's own additions to a national text, in a marked section. */
export function RegionalAdditions({ documentId }: { documentId: string }) {
  const [region] = useRegion();
  const regionName = useRegionName(region);
  const additions = useRegionalAdditions(region, documentId);

  if (!region) {
    return (
      <section aria-labelledby="regional-heading" className="regional-addition">
        <h2 id="regional-heading">Regionalt tillägg</h2>
        <p>
          Välj din region under <strong>Region</strong> överst på sidan, så ser du regionens egna
          tillägg till texten här.
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="regional-heading" className="regional-addition">
      <h2 id="regional-heading">Regionalt tillägg – {regionName}</h2>
      {additions.isPending ? (
        <Loading label={`Hämtar tillägg från ${regionName} …`} />
      ) : additions.isError ? (
        <QueryError
          title="Det gick inte att hämta regionens tillägg"
          error={additions.error}
          onRetry={() => void additions.refetch()}
        />
      ) : additions.data.additions.length === 0 ? (
        <p>{regionName} har inget eget tillägg till den här texten.</p>
      ) : (
        additions.data.additions.map((addition) => (
          <Addition key={addition.id} addition={addition} />
        ))
      )}
    </section>
  );
}
