import { useMemo } from 'react';
import { Link } from 'react-router';
import { Alert, Button } from '@/components';
import { paths } from '@/config/paths';
import { PUBLISHER_TYPE_LABELS } from '@/lib/knowledge/vocabulary';
import type { DocumentVersion, KnowledgeSourceInfo } from '../api/schemas';
import { prepareArticleHtml } from '../lib/article-html';
import { formatDate } from '../lib/format';
import { useArticleTitle } from './use-article-title';
import './print-view.css';

/** A text laid out to print and hand to a patient: no navigation, readable type, its origin. */
export function PrintView({
  document,
  source,
}: {
  document: DocumentVersion;
  source: KnowledgeSourceInfo | null;
}) {
  const { html } = useMemo(
    () => prepareArticleHtml(document.body, { idPrefix: 'utskrift' }),
    [document.body],
  );
  useArticleTitle(`Utskrift: ${document.title}`);

  return (
    <div className="print-view stack">
      <div className="print-view__actions cluster">
        <Button variant="primary" onClick={() => window.print()}>
          Skriv ut
        </Button>
        <Link to={paths.article.getHref(document.id)}>Tillbaka till texten</Link>
      </div>
      {!document.patientMaterial && (
        <Alert variant="info" className="print-view__note">
          <p>Den här texten är skriven för vårdpersonal, inte som information till patienter.</p>
        </Alert>
      )}
      <article aria-labelledby="print-title" className="print-view__article">
        <h1 id="print-title">{document.title}</h1>
        <p className="lead">{document.summary}</p>
        {/* Sanitized with DOMPurify in prepareArticleHtml. */}
        <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />
        <footer className="print-view__footer">
          <p>
            {source
              ? `${source.name}, ${source.publisher} (${PUBLISHER_TYPE_LABELS[source.publisherType]})`
              : document.source}
            . Senast uppdaterad{' '}
            <time dateTime={document.updated}>{formatDate(document.updated)}</time>, version{' '}
            {document.version}. Ansvarig: {document.responsible}.
          </p>
          <p>Exempeltext för utveckling – inte medicinska råd.</p>
        </footer>
      </article>
    </div>
  );
}
