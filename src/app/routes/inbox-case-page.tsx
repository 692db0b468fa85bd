import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLocation, useParams } from 'react-router';
import { useAuth } from '@/features/auth';
import { CaseView, type PatientDataShown } from '@/features/inbox';
import { accessLogQueue, displayKey } from '@/features/patient-context';
import { launchHref, servicesQueryOptions } from '@/features/services';
import { inboxContextFor } from './inbox-context';

/**
 * One case, beside the inbox list. Composes the inbox (the case), the service catalog ("Öppna i
 * <tjänst>" with single sign-on) and the PDL access log (every case that shows a patient).
 */
export function InboxCasePage() {
  const { source = '', caseId = '' } = useParams();
  const location = useLocation();
  const { profile, activeCommission } = useAuth();
  const context = inboxContextFor(profile, activeCommission);
  const commissionHsaId = activeCommission?.commissionHsaId ?? null;
  const services = useQuery({ ...servicesQueryOptions(commissionHsaId), enabled: !!context });
  const serviceHref = useCallback(
    (serviceId: string) => launchHref(services.data, serviceId, commissionHsaId),
    [services.data, commissionHsaId],
  );

  const logDisplay = useCallback(
    ({ patient, what, caseKey }: PatientDataShown) => {
      if (!profile || !activeCommission) return;
      accessLogQueue().enqueue({
        // One display of the case is one event: a re-render never logs twice, a reload does.
        idempotencyKey: displayKey(`inkorg:${caseKey}`, location.key),
        action: 'Läsning',
        userHsaId: profile.employeeHsaId,
        commissionHsaId: activeCommission.commissionHsaId,
        careUnitHsaId: activeCommission.healthCareUnitHsaId,
        careProviderHsaId: activeCommission.healthCareProviderHsaId,
        patient: patient.identityNumber,
        shown: what,
        occurredAt: new Date().toISOString(),
      });
    },
    [profile, activeCommission, location.key],
  );

  if (!context) return null;
  return (
    <CaseView
      context={context}
      sourceId={source}
      caseId={caseId}
      listSearch={location.search.replace(/^\?/, '')}
      launchHref={serviceHref}
      onPatientDataShown={logDisplay}
    />
  );
}
