import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { Badge, Button } from '@/components';
import { ApiError } from '@/lib/http-client';
import { accessLogQueue, displayKey } from '../access-log-queue';
import { AccessLogNotice } from './access-log-notice';
import { patientKeys, usePatient, type Patient } from '../api/patient';
import { ageOf, formatIdentityNumber, parseIdentityNumber } from '../identity-number';
import { LAUNCH_PATH } from '../launch';
import { clearPatientContext, usePatientContext } from '../patient-context-store';
import type { Worker } from '../types';
import './patient-banner.css';

export const PROTECTED_NAME = 'Sekretessmarkerad uppgift';

function describe(patient: Patient | null): string {
  if (!patient) return 'Patientbanner: personnummer (personen finns inte i folkbokföringen)';
  if (patient.protectedIdentity) {
    return 'Patientbanner: personnummer, ålder, kön (skyddad identitet – namn visades inte)';
  }
  return 'Patientbanner: namn, personnummer, ålder, kön';
}

/**
 * The patient in context, on every page while there is one: name (never for a protected
 * identity), identity number and age, and "Stäng patient". Each display is written to the PDL
 * access log exactly once.
 */
export function PatientBanner({ worker }: { worker: Worker }) {
  const context = usePatientContext();
  const location = useLocation();
  const queryClient = useQueryClient();
  const commission = worker.activeCommission;
  const ownContext =
    context && worker.status === 'authenticated' && context.employeeHsaId === worker.employeeHsaId
      ? context
      : null;
  const query = usePatient(ownContext?.identityNumber ?? null, commission?.commissionHsaId ?? null);

  // Sending needs the login of the person who caused the events; they wait in the session.
  useEffect(() => {
    accessLogQueue().setSender(
      worker.status === 'authenticated' ? (worker.employeeHsaId ?? null) : null,
    );
  }, [worker.status, worker.employeeHsaId]);

  // A context belongs to the person who launched it: logged out or someone else, it goes.
  useEffect(() => {
    const someoneElse =
      worker.status === 'authenticated' &&
      context &&
      context.employeeHsaId !== worker.employeeHsaId;
    if (context && (worker.status === 'anonymous' || someoneElse)) clearPatientContext();
  }, [context, worker.status, worker.employeeHsaId]);

  const notFound = query.error instanceof ApiError && query.error.status === 404;
  const shownPatient = query.data ?? null;
  const displayed = query.isSuccess || notFound;
  const onLaunchPage = location.pathname.startsWith(LAUNCH_PATH);

  useEffect(() => {
    if (!ownContext || !commission || !displayed || onLaunchPage || !worker.employeeHsaId) return;
    accessLogQueue().enqueue({
      idempotencyKey: displayKey(ownContext.id, location.key),
      action: 'Läsning',
      userHsaId: worker.employeeHsaId,
      commissionHsaId: commission.commissionHsaId,
      careUnitHsaId: commission.healthCareUnitHsaId,
      careProviderHsaId: commission.healthCareProviderHsaId,
      patient: ownContext.identityNumber,
      shown: describe(shownPatient),
      occurredAt: new Date().toISOString(),
    });
    // shownPatient is read, not a trigger: one display is one event whatever refetches bring.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ownContext, commission, displayed, onLaunchPage, location.key, worker.employeeHsaId]);

  if (!ownContext || onLaunchPage) return <AccessLogNotice />;
  const identity = parseIdentityNumber(ownContext.identityNumber);
  const number = formatIdentityNumber(ownContext.identityNumber);
  const kindLabel =
    identity.ok && identity.identityNumber.kind === 'samordningsnummer'
      ? 'Samordningsnummer'
      : 'Personnummer';

  return (
    <>
      <AccessLogNotice />
      <section className="patient-banner" aria-label="Patient">
        <div className="patient-banner__inner container">
          <div className="patient-banner__identity">
            <p className="patient-banner__name">
              {!commission
                ? 'Välj medarbetaruppdrag för att visa patienten'
                : query.isPending
                  ? 'Hämtar patientuppgifter …'
                  : shownPatient
                    ? shownPatient.name && !shownPatient.protectedIdentity
                      ? `${shownPatient.name.given} ${shownPatient.name.family}`
                      : PROTECTED_NAME
                    : notFound
                      ? 'Finns inte i folkbokföringen'
                      : 'Patientuppgifterna kunde inte hämtas'}
            </p>
            <dl className="patient-banner__facts">
              <div>
                <dt>{kindLabel}</dt>
                <dd>{number}</dd>
              </div>
              {identity.ok && !shownPatient?.deceased && (
                <div>
                  <dt>Ålder</dt>
                  <dd>{ageOf(identity.identityNumber)} år</dd>
                </div>
              )}
              {shownPatient && (
                <div>
                  <dt>Kön</dt>
                  <dd>{shownPatient.sex === 'kvinna' ? 'Kvinna' : 'Man'}</dd>
                </div>
              )}
            </dl>
            {shownPatient?.protectedIdentity && <Badge variant="warning">Skyddad identitet</Badge>}
            {shownPatient?.deceased && (
              <Badge variant="danger">
                Avliden{shownPatient.deceasedDate ? ` ${shownPatient.deceasedDate}` : ''}
              </Badge>
            )}
          </div>
          <div className="patient-banner__actions">
            {query.isError && !notFound && (
              <Button size="sm" variant="secondary" onClick={() => void query.refetch()}>
                Försök igen
              </Button>
            )}
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                clearPatientContext();
                // Nothing about the patient stays behind in the cache either.
                queryClient.removeQueries({ queryKey: patientKeys.all });
              }}
            >
              Stäng patient
            </Button>
          </div>
        </div>
      </section>
    </>
  );
}
