import { Fragment, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Badge, Button, buttonClassName, LinkButton, Loading } from '@/components';
import { paths } from '@/config/paths';
import { useCaseDetail } from '../api/cases';
import {
  CASE_STATUS_LABELS,
  CASE_TYPE_LABELS,
  PRIORITY_LABELS,
  type CaseDetail,
  type CasePatient,
  type InboxContext,
} from '../model';
import { findSource } from '../sources/registry';
import { openInName, type CaseSource } from '../sources/case-source';
import { formatDate, formatDayAndTime, formatIdentityNumber } from '@/lib/format';
import { isOverdue } from '../lib/filters';
import { CaseActions } from './case-actions';

/** What the app logs when a case shows a patient's data (patientdatalagen). */
export type PatientDataShown = { patient: CasePatient; what: string; caseKey: string };

export type CaseViewProps = {
  context: InboxContext;
  sourceId: string;
  caseId: string;
  /** The query string of the list, kept on the way back. */
  listSearch?: string;
  /** The service's launch address with single sign-on, from the service catalog. */
  launchHref?: (serviceId: string) => string | null;
  /** Called once per opened case that shows a patient: the app writes the access event. */
  onPatientDataShown?: (event: PatientDataShown) => void;
};

export function CaseView({
  context,
  sourceId,
  caseId,
  listSearch = '',
  launchHref,
  onPatientDataShown,
}: CaseViewProps) {
  const source = findSource(sourceId);
  const back = `${paths.inbox.getHref()}${listSearch ? `?${listSearch}` : ''}`;
  useEscapeBackTo(back);
  if (!source) {
    return (
      <Alert variant="error" title="Ärendet finns inte">
        <p>
          Tjänsten i adressen känns inte igen. <Link to={back}>Till inkorgen</Link>
        </p>
      </Alert>
    );
  }
  return (
    <SourceCaseView
      key={`${sourceId}:${caseId}`}
      context={context}
      source={source}
      caseId={caseId}
      back={back}
      launchHref={launchHref}
      onPatientDataShown={onPatientDataShown}
    />
  );
}

/**
 * Escape goes back to the list, as "Tillbaka till listan" does – unless a dialog is open (it
 * closes itself) or the key was meant for a field being written in.
 */
function useEscapeBackTo(back: string) {
  const navigate = useNavigate();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, dialog[open]')) return;
      if (document.querySelector('dialog[open]')) return;
      void navigate(back);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [back, navigate]);
}

type SourceCaseViewProps = Omit<CaseViewProps, 'sourceId' | 'listSearch'> & {
  source: CaseSource;
  back: string;
};

function SourceCaseView({
  context,
  source,
  caseId,
  back,
  launchHref,
  onPatientDataShown,
}: SourceCaseViewProps) {
  const detail = useCaseDetail(context, source, caseId);
  const heading = useRef<HTMLHeadingElement>(null);
  const logged = useRef(false);
  const data = detail.data;

  // The person hears and sees the case, not the page top (after the layout's own focus move).
  const loaded = data !== undefined;
  useEffect(() => {
    if (!loaded) return;
    const frame = requestAnimationFrame(() => heading.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [loaded]);

  useEffect(() => {
    if (!data?.patient || logged.current) return;
    logged.current = true;
    onPatientDataShown?.({
      patient: data.patient,
      what: `Ärende i ${source.name}: ${CASE_TYPE_LABELS[data.type]}`,
      caseKey: data.key,
    });
  }, [data, onPatientDataShown, source.name]);

  if (detail.isPending) return <Loading label="Hämtar ärendet …" />;
  if (!data) {
    return (
      <Alert
        variant="error"
        title="Ärendet kunde inte visas"
        action={
          <Button variant="secondary" size="sm" onClick={() => void detail.refetch()}>
            Försök igen
          </Button>
        }
      >
        <p>
          {detail.error?.message} <Link to={back}>Tillbaka till inkorgen</Link>
        </p>
      </Alert>
    );
  }

  const elsewhere = openInName(source);
  return (
    <article className="case-view stack" aria-labelledby="case-heading">
      <div className="cluster cluster--between">
        <Link to={back}>Tillbaka till listan</Link>
        <OpenInLink source={source} caseId={data.id} launchHref={launchHref} />
      </div>
      <h2 id="case-heading" ref={heading} tabIndex={-1}>
        {data.subject}
      </h2>
      {detail.error && (
        <Alert variant="warning" live>
          <p>
            Ärendet kunde inte uppdateras: {detail.error.message} Uppgifterna nedan är från{' '}
            {formatDayAndTime(detail.dataUpdatedAt)}.
          </p>
        </Alert>
      )}
      <CaseFacts detail={data} source={source} />
      {data.patient && (
        <p>
          <Link to={`${paths.inbox.getHref()}?patient=${encodeURIComponent(data.key)}`}>
            Visa alla ärenden för {data.patient.name}
          </Link>
        </p>
      )}
      {/* The question before the answer: the reply is written with the message in view. */}
      {data.messages.length > 0 && (
        <section aria-labelledby="case-messages-heading" className="stack stack--sm">
          <h3 id="case-messages-heading">Meddelanden</h3>
          <ol className="case-messages">
            {data.messages.map((m) => (
              <li key={m.id} className={`case-message case-message--${m.from}`}>
                <p className="ds-text-sm ds-text-muted">
                  {m.author}, {formatDayAndTime(m.sentAt)}
                </p>
                <p className="case-message__text">{m.text}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
      <CaseActions context={context} source={source} detail={data} />
      {data.capabilities.onlyInSource.length > 0 && (
        <section aria-labelledby="case-elsewhere-heading" className="stack stack--sm">
          <h3 id="case-elsewhere-heading">Görs i {elsewhere}</h3>
          <ul>
            {data.capabilities.onlyInSource.map((what) => (
              <li key={what}>{what}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="case-history-heading" className="stack stack--sm">
        <h3 id="case-history-heading">Historik</h3>
        <ol className="case-history">
          {data.history.map((h, index) => (
            <li key={`${h.at}-${index}`}>
              <span className="ds-text-muted">{formatDayAndTime(h.at)}</span> {h.text}
              {h.by && <span className="ds-text-muted"> – {h.by}</span>}
              {h.note && <p className="case-history__note">Anteckning: {h.note}</p>}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

/**
 * "Öppna i …": a page of this app opens here (the router keeps the session and the tab); a
 * service opens in a new tab with single sign-on, when the catalog grants it.
 */
function OpenInLink({
  source,
  caseId,
  launchHref,
}: {
  source: CaseSource;
  caseId: string;
  launchHref: CaseViewProps['launchHref'];
}) {
  const { openIn } = source;
  if (openIn.kind === 'app') {
    return (
      <Link to={openIn.href(caseId)} className={buttonClassName('secondary', 'sm')}>
        Öppna i {openIn.name}
      </Link>
    );
  }
  const href = launchHref?.(openIn.serviceId) ?? null;
  if (!href) return null;
  return (
    <LinkButton href={href} target="_blank" variant="secondary" size="sm">
      Öppna i {source.name}
    </LinkButton>
  );
}

function CaseFacts({ detail, source }: { detail: CaseDetail; source: CaseSource }) {
  const [now] = useState(() => Date.now());
  const overdue = isOverdue(detail, now);
  return (
    <dl className="case-facts">
      {detail.patient && (
        <>
          <dt>Patient</dt>
          <dd>
            {detail.patient.name}, {formatIdentityNumber(detail.patient.identityNumber)}
          </dd>
        </>
      )}
      <dt>Tjänst</dt>
      <dd>{findSource(detail.source)?.name ?? source.name}</dd>
      <dt>Typ</dt>
      <dd>{CASE_TYPE_LABELS[detail.type]}</dd>
      <dt>Status</dt>
      <dd>
        <Badge variant={detail.status === 'new' ? 'primary' : 'neutral'}>
          {CASE_STATUS_LABELS[detail.status]}
        </Badge>
      </dd>
      <dt>{detail.assigneeLabel}</dt>
      <dd>{detail.assignee?.name ?? 'Ej tilldelad'}</dd>
      <dt>Inkom</dt>
      <dd>{formatDayAndTime(detail.receivedAt)}</dd>
      {detail.dueAt && (
        <>
          <dt>Besvaras senast</dt>
          <dd>
            {formatDate(detail.dueAt)} {overdue && <Badge variant="danger">Försenad</Badge>}
          </dd>
        </>
      )}
      <dt>Prioritet</dt>
      <dd>{PRIORITY_LABELS[detail.priority]}</dd>
      {detail.facts.map((fact) => (
        <Fragment key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
