import { Disclosure } from '@/components';
import { formatCalendarDate } from '@/lib/format';
import { CONTENT_TYPE_LABELS, PUBLISHER_TYPE_LABELS } from '@/lib/knowledge/vocabulary';
import type { DocumentVersion, KnowledgeSourceInfo as KnowledgeSource } from '../api/schemas';
import { audienceList, authorityArea } from '../lib/format';
import { useSidePanel } from './use-side-panel';

function Authority({ source, document }: { source: KnowledgeSource; document: DocumentVersion }) {
  const area = authorityArea(source, document);
  if (area) return <>Ja – källan är ansvarig för området {area}.</>;
  if (source.authority.length > 0) {
    return <>Källan ansvarar för områdena {source.authority.join(', ')}.</>;
  }
  return <>Källan har inget nationellt ansvar för området.</>;
}

/**
 * What staff look for first: how fresh, who answers for it, who wrote it, for whom, on what.
 * Beside the text on a wide screen; folded above it on a narrow one, its date still in sight.
 */
export function FactsBox({
  document,
  source,
}: {
  document: DocumentVersion;
  source: KnowledgeSource | null;
}) {
  const panel = useSidePanel();
  return (
    <section aria-labelledby="facts-heading" className="facts-box">
      <Disclosure
        className="article-panel"
        summary={
          <>
            <span id="facts-heading">Fakta om texten</span>
            <span className="article-panel__peek">
              uppdaterad{' '}
              <time dateTime={document.updated}>{formatCalendarDate(document.updated)}</time>
            </span>
          </>
        }
        {...panel}
      >
        <dl>
          <div>
            <dt>Senast uppdaterad</dt>
            <dd>
              <time dateTime={document.updated}>{formatCalendarDate(document.updated)}</time>{' '}
              (version {document.version})
            </dd>
          </div>
          <div>
            <dt>Ansvarig</dt>
            <dd>{document.responsible}</dd>
          </div>
          <div>
            <dt>Källa/avsändare</dt>
            <dd>
              {source ? (
                <>
                  <a href={source.homepage}>{source.name}</a>, {source.publisher} (
                  {PUBLISHER_TYPE_LABELS[source.publisherType]}).{' '}
                  <Authority source={source} document={document} />
                </>
              ) : (
                document.source
              )}
            </dd>
          </div>
          <div>
            <dt>Målgrupp</dt>
            <dd>{audienceList(document.audience)}</dd>
          </div>
          <div>
            <dt>Typ av text</dt>
            <dd>
              {CONTENT_TYPE_LABELS[document.contentType]}
              {document.patientMaterial && ' – att skriva ut och ge till patienten'}
            </dd>
          </div>
          {document.icd10.length > 0 && (
            <div>
              <dt>Diagnoskoder (ICD-10)</dt>
              <dd>{document.icd10.join(', ')}</dd>
            </div>
          )}
          <div>
            <dt>Referenser</dt>
            <dd>
              {document.references.length === 0 ? (
                'Inga referenser angivna.'
              ) : (
                <ol className="facts-box__references">
                  {document.references.map((reference) => (
                    <li key={reference.title}>
                      {reference.url ? (
                        <a href={reference.url}>{reference.title}</a>
                      ) : (
                        reference.title
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </dd>
          </div>
          {document.url && (
            <div>
              <dt>Originaltext</dt>
              <dd>
                <a href={document.url}>{document.url}</a>
              </dd>
            </div>
          )}
        </dl>
      </Disclosure>
    </section>
  );
}
