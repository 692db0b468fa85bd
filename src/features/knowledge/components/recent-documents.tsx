import { Link } from 'react-router';
import { Loading } from '@/components';
import { paths } from '@/config/paths';
import { formatCalendarDate } from '@/lib/format';
import { CONTENT_TYPE_LABELS } from '@/lib/knowledge/vocabulary';
import { useRecentDocuments } from '../api/recent-documents';
import { useRegion } from '../region/region-store';
import { QueryError } from './query-error';
import './start-page.css';

/** Recently updated texts: national ones and the chosen region's own. */
export function RecentDocuments() {
  const [region] = useRegion();
  const recent = useRecentDocuments(region);

  return (
    <section aria-labelledby="recent-heading" className="recent-documents">
      <h2 id="recent-heading">Senast uppdaterade texter</h2>
      {recent.isPending ? (
        <Loading label="Hämtar senast uppdaterade texter …" />
      ) : recent.isError ? (
        <QueryError
          title="Det gick inte att hämta de senast uppdaterade texterna"
          error={recent.error}
          onRetry={() => void recent.refetch()}
        />
      ) : recent.data.length === 0 ? (
        <p>Inga texter har uppdaterats på sistone.</p>
      ) : (
        <ul className="recent-documents__list">
          {recent.data.map((doc) => (
            <li key={doc.id}>
              <Link to={paths.article.getHref(doc.id)}>{doc.title}</Link>
              <span className="recent-documents__meta">
                {CONTENT_TYPE_LABELS[doc.contentType]} · uppdaterad{' '}
                <time dateTime={doc.updated}>{formatCalendarDate(doc.updated)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
