/** Knowledge: the article pages' parts. Import from route modules that are loaded lazily. */
export { ArticleView } from './components/article-view';
export { PrintView } from './components/print-view';
export { ArticleLoadError, ArticleLoading, ArticleNotFound } from './components/article-status';
export {
  documentQueryOptions,
  documentVersionQueryOptions,
  documentVersionsQueryOptions,
  useDocument,
  useDocumentVersion,
} from './api/documents';
export { prepareArticleHtml, highlightMatches, type ArticleHeading } from './lib/article-html';
export type { DocumentSummary, DocumentVersion, VersionInfo } from './api/schemas';
