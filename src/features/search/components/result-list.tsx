import { Link } from 'react-router';
import { Badge } from '@/components';
import { paths } from '@/config/paths';
import { formatCalendarDate } from '@/lib/format';
import type { SearchHit } from '../engine/types';
import { audienceLabels, contentTypeLabel, publisherTypeLabel } from '../lib/format';
import { snippetParts } from '../lib/snippet-parts';

function Snippet({ snippet }: { snippet: string }) {
  return (
    <p className="search-hit__snippet">
      {snippetParts(snippet).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : part.text,
      )}
    </p>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  const href = paths.article.getHref(hit.id);
  const region = hit.regionName;
  return (
    <li className="search-hit">
      <h3 className="search-hit__title">
        <Link to={href}>{hit.title}</Link>
      </h3>
      <p className="search-hit__source">
        {hit.source.name}
        <span className="search-hit__sep" aria-hidden="true">
          {' · '}
        </span>
        <span className="visually-hidden">, </span>
        {publisherTypeLabel(hit.publisherType)}
      </p>
      <div className="search-hit__badges cluster">
        <Badge variant="info">{contentTypeLabel(hit.contentType)}</Badge>
        {hit.patientMaterial && <Badge variant="success">Material att ge till patient</Badge>}
        {region && <Badge>{region}</Badge>}
      </div>
      <Snippet snippet={hit.snippet} />
      <p className="search-hit__meta">
        <span>Målgrupp: {audienceLabels(hit.audience)}</span>
        <span>
          Uppdaterad <time dateTime={hit.updated}>{formatCalendarDate(hit.updated)}</time>
        </span>
      </p>
      {hit.headings.length > 0 && (
        <div className="search-hit__sections">
          <span className="search-hit__sections-label">Avsnitt:</span>
          <ul className="search-hit__section-list">
            {hit.headings.map((heading) => (
              <li key={heading.id}>
                <Link to={`${href}#${encodeURIComponent(heading.id)}`}>{heading.text}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

export function ResultList({ hits, busy }: { hits: SearchHit[]; busy: boolean }) {
  return (
    <ol className="search-results" aria-label="Sökresultat" aria-busy={busy || undefined}>
      {hits.map((hit) => (
        <Hit key={hit.id} hit={hit} />
      ))}
    </ol>
  );
}

/** Stand-ins of a hit's size while the index loads (hidden from screen readers: the heading says it). */
export function ResultSkeleton() {
  return (
    <div className="search-skeleton" aria-hidden="true">
      {[0, 1, 2].map((i) => (
        <div key={i} className="search-skeleton__hit">
          <span className="search-skeleton__line search-skeleton__line--title" />
          <span className="search-skeleton__line search-skeleton__line--short" />
          <span className="search-skeleton__line" />
          <span className="search-skeleton__line" />
        </div>
      ))}
    </div>
  );
}
