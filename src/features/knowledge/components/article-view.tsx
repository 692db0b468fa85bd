import { useMemo } from 'react';
import { Link } from 'react-router';
import { Alert, Badge, buttonClassName } from '@/components';
import { paths } from '@/config/paths';
import { formatCalendarDate } from '@/lib/format';
import { CONTENT_TYPE_LABELS } from '@/lib/knowledge/vocabulary';
import type { DocumentVersion, KnowledgeSourceInfo } from '../api/schemas';
import { prepareArticleHtml } from '../lib/article-html';
import { useRegionName } from '../api/regions';
import { ArticleText } from './article-text';
import { FactsBox } from './facts-box';
import { RegionalAdditions, RegionalNotice } from './regional-additions';
import { TableOfContents } from './table-of-contents';
import { useArticleTitle } from './use-article-title';
import { regionalTocEntries, useChosenRegionAdditions } from './use-chosen-region-additions';
import { VersionHistory } from './version-history';
import './article-body.css';
import './article.css';

export type ArticleViewProps = {
  document: DocumentVersion;
  source: KnowledgeSourceInfo | null;
  /** False when an earlier version is shown. */
  isCurrent: boolean;
};

/**
 * A text: header, facts box, contents, body with in-text search, regional additions, versions.
 * The chosen region's addition is announced at the top and listed in the contents.
 */
export function ArticleView({ document, source, isCurrent }: ArticleViewProps) {
  const prepared = useMemo(() => prepareArticleHtml(document.body), [document.body]);
  useArticleTitle(document.title, isCurrent ? undefined : document.version);
  const regionName = useRegionName(document.region);
  // A national text's current version: the region chosen in the header may add to it.
  const addable = isCurrent && document.region === null;
  const regional = useChosenRegionAdditions(document.id, addable);

  return (
    <article aria-labelledby="article-title" className="article">
      {!isCurrent && (
        <Alert
          variant="warning"
          className="article__version-banner"
          title={`Du läser version ${document.version} från ${formatCalendarDate(document.updated)} – inte den gällande`}
        >
          <p>
            Texten kan ha ändrats sedan dess.{' '}
            <Link to={paths.article.getHref(document.id)}>Läs den gällande versionen</Link>
          </p>
        </Alert>
      )}
      <header className="article__header stack stack--sm">
        <p className="cluster article__kicker">
          <Badge variant="primary">{CONTENT_TYPE_LABELS[document.contentType]}</Badge>
          {regionName && <Badge variant="info">{regionName}</Badge>}
        </p>
        <h1 id="article-title">{document.title}</h1>
        <p className="lead">{document.summary}</p>
        <RegionalNotice {...regional} />
        {document.addsTo && (
          <p>
            Det här är ett regionalt tillägg.{' '}
            <Link to={paths.article.getHref(document.addsTo)}>Läs den nationella texten</Link>
          </p>
        )}
        {document.patientMaterial && isCurrent && (
          <p>
            <Link
              to={paths.articlePrint.getHref(document.id)}
              className={buttonClassName('secondary', 'md')}
            >
              Utskriftsvänlig version för patienten
            </Link>
          </p>
        )}
      </header>
      <div className="article__layout">
        <div className="article__side stack">
          <FactsBox document={document} source={source} />
          <TableOfContents headings={prepared.headings} after={regionalTocEntries(regional)} />
        </div>
        <div className="article__main stack stack--lg">
          <ArticleText html={prepared.html} />
          {addable && <RegionalAdditions {...regional} />}
          <VersionHistory documentId={document.id} shownVersion={document.version} />
        </div>
      </div>
    </article>
  );
}
