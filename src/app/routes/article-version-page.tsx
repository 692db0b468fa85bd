import { useParams } from 'react-router';
import {
  ArticleLoadError,
  ArticleLoading,
  ArticleNotFound,
  ArticleView,
  useDocumentVersion,
} from '@/features/knowledge/article';
import { ApiError } from '@/lib/http-client';
import { versionNumber } from './article-version-page.loader';

/** /kunskap/:id/version/:version – a text exactly as it was in that version (deep-linkable). */
export function ArticleVersionPage() {
  const { id = '', version = '' } = useParams();
  const number = versionNumber(version);
  const query = useDocumentVersion(id, number);

  if (number === null) return <ArticleNotFound message={`"${version}" är inget versionsnummer.`} />;
  if (query.isPending) return <ArticleLoading label="Hämtar versionen …" />;
  if (query.isError) {
    return query.error instanceof ApiError && query.error.status === 404 ? (
      <ArticleNotFound message={query.error.message} />
    ) : (
      <ArticleLoadError message={query.error.message} onRetry={() => void query.refetch()} />
    );
  }
  return (
    <ArticleView
      key={`${id}@${number}`}
      document={query.data.document}
      source={query.data.source}
      isCurrent={query.data.current}
    />
  );
}
