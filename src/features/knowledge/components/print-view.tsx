import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, TextField } from '@/components';
import { paths } from '@/config/paths';
import { formatCalendarDate } from '@/lib/format';
import { PUBLISHER_TYPE_LABELS } from '@/lib/knowledge/vocabulary';
import type { DocumentVersion, KnowledgeSourceInfo } from '../api/schemas';
import { prepareArticleHtml } from '../lib/article-html';
import { useArticleTitle } from './use-article-title';
import './article-body.css';
import './print-view.css';

/** One line of the unit's contact box: what was filled in, or a line to write on by hand. */
function ContactLine({ term, value }: { term: string; value: string }) {
  return (
    <div className="print-contact__line">
      <dt>{term}</dt>
      <dd>
        {value.trim() || (
          <span className="print-contact__blank">
            <span className="visually-hidden">ej ifyllt, skrivs för hand</span>
          </span>
        )}
      </dd>
    </div>
  );
}

export type PrintViewProps = {
  document: DocumentVersion;
  source: KnowledgeSourceInfo | null;
  /** The care unit to print as the patient's contact (the reader's commission), if known. */
  unitName?: string;
};

/** A text laid out to print and hand to a patient: no navigation, readable type, its origin. */
export function PrintView({ document, source, unitName = '' }: PrintViewProps) {
  const { html } = useMemo(
    () => prepareArticleHtml(document.body, { idPrefix: 'utskrift' }),
    [document.body],
  );
  useArticleTitle(`Utskrift: ${document.title}`);
  // Where the patient calls: filled in on screen before printing (the unit's name from the
  // commission until someone types another), or left as lines to write on by hand.
  const [typedUnit, setUnit] = useState<string | null>(null);
  const [phone, setPhone] = useState('');
  const unit = typedUnit ?? unitName;
  const contactHeading = useId();

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
      {document.patientMaterial && (
        <fieldset className="print-view__fill">
          <legend>Mottagningens kontaktuppgifter på utskriften</legend>
          <p className="print-view__fill-hint">
            Fyll i före utskrift, eller lämna tomt och skriv för hand på papperet.
          </p>
          <div className="print-view__fill-fields">
            <TextField
              label="Mottagning"
              value={unit}
              onChange={(event) => setUnit(event.target.value)}
              autoComplete="organization"
            />
            <TextField
              label="Telefonnummer"
              type="tel"
              value={phone}
              onChange={(event) => setPhone(event.target.value)}
              autoComplete="off"
            />
          </div>
        </fieldset>
      )}
      <article aria-labelledby="print-title" className="print-view__article">
        <h1 id="print-title">{document.title}</h1>
        <p className="lead">{document.summary}</p>
        {/* Sanitized with DOMPurify in prepareArticleHtml. */}
        <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />
        {document.patientMaterial && (
          <section aria-labelledby={contactHeading} className="print-contact">
            <h2 id={contactHeading}>Din mottagning</h2>
            <dl>
              <ContactLine term="Mottagning" value={unit} />
              <ContactLine term="Telefon" value={phone} />
            </dl>
          </section>
        )}
        <footer className="print-view__footer">
          <p>
            {source
              ? `${source.name}, ${source.publisher} (${PUBLISHER_TYPE_LABELS[source.publisherType]})`
              : document.source}
            . Senast uppdaterad{' '}
            <time dateTime={document.updated}>{formatCalendarDate(document.updated)}</time>, version{' '}
            {document.version}. Ansvarig: {document.responsible}.
          </p>
          <p>Exempeltext för utveckling – inte medicinska råd.</p>
        </footer>
      </article>
    </div>
  );
}
