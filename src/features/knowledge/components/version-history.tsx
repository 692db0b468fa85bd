import { Link } from 'react-router';
import { Loading } from '@/components';
import { paths } from '@/config/paths';
import { formatCalendarDate } from '@/lib/format';
import { useDocumentVersions } from '../api/documents';
import { QueryError } from './query-error';

/** Every version of a text with its date and change note; the one shown is marked. */
export function VersionHistory({
  documentId,
  shownVersion,
}: {
  documentId: string;
  shownVersion: number;
}) {
  const versions = useDocumentVersions(documentId);
  return (
    <section aria-labelledby="versions-heading" className="version-history">
      <h2 id="versions-heading">Versioner</h2>
      {versions.isPending ? (
        <Loading label="Hämtar versioner …" />
      ) : versions.isError ? (
        <QueryError
          title="Det gick inte att hämta versionerna"
          error={versions.error}
          onRetry={() => void versions.refetch()}
        />
      ) : (
        <ol className="version-history__list">
          {versions.data.map((v) => {
            const shown = v.version === shownVersion;
            return (
              <li key={v.version}>
                <Link
                  to={
                    v.current
                      ? paths.article.getHref(documentId)
                      : paths.articleVersion.getHref(documentId, v.version)
                  }
                  aria-current={shown ? 'page' : undefined}
                >
                  Version {v.version}
                  {v.current && ' (gällande)'}
                </Link>{' '}
                – <time dateTime={v.updated}>{formatCalendarDate(v.updated)}</time>
                {shown && <span className="version-history__shown"> – visas nu</span>}
                {v.changeNote && <p className="version-history__note">{v.changeNote}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
