import { useParams } from 'react-router';
import {
  ArticleLoadError,
  ArticleLoading,
  ArticleNotFound,
  ArticleView,
  useDocument,
} from '@/features/knowledge/article';
import { ApiError } from '@/lib/http-client';

const isNotFound = (error: Error) => error instanceof ApiError && error.status === 404;

/** /kunskap/:id – the current version of a text. */
export function ArticlePage() {
  const { id = '' } = useParams();
  const query = useDocument(id);

  if (query.isPending) return <ArticleLoading />;
  if (query.isError) {
    return isNotFound(query.error) ? (
      <ArticleNotFound />
    ) : (
      <ArticleLoadError message={query.error.message} onRetry={() => void query.refetch()} />
    );
  }
  return (
    <ArticleView key={id} document={query.data.document} source={query.data.source} isCurrent />
  );
}
