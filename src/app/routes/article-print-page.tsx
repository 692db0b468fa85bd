import { useParams } from 'react-router';
import { useAuth } from '@/features/auth';
import {
  ArticleLoadError,
  ArticleLoading,
  ArticleNotFound,
  PrintView,
  useDocument,
} from '@/features/knowledge/article';
import { ApiError } from '@/lib/http-client';

/**
 * /kunskap/:id/utskrift – patient material laid out for printing. A logged-in person's care unit
 * is offered as the patient's contact on the paper.
 */
export function ArticlePrintPage() {
  const { id = '' } = useParams();
  const query = useDocument(id);
  const { activeCommission } = useAuth();

  if (query.isPending) return <ArticleLoading />;
  if (query.isError) {
    return query.error instanceof ApiError && query.error.status === 404 ? (
      <ArticleNotFound />
    ) : (
      <ArticleLoadError message={query.error.message} onRetry={() => void query.refetch()} />
    );
  }
  return (
    <PrintView
      document={query.data.document}
      source={query.data.source}
      unitName={activeCommission?.healthCareUnitName}
    />
  );
}
