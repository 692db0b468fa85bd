import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLocation, useParams } from 'react-router';
import { useAuth } from '@/features/auth';
import { CaseView, inboxContextOf, type PatientDataShown } from '@/features/inbox';
import { accessLogQueue, displayKey } from '@/features/patient-context';
import { getServicesQueryOptions, serviceLaunch } from '@/features/services';

/**
 * One case, beside the inbox list. Composes the inbox (the case), the service catalog ("Öppna i
 * <tjänst>" with single sign-on) and the PDL access log (every case that shows a patient).
 */
export function InboxCasePage() {
  const { source = '', caseId = '' } = useParams();
  const location = useLocation();
  const { profile, activeCommission } = useAuth();
  const context = inboxContextOf(profile, activeCommission);
  const commissionHsaId = activeCommission?.commissionHsaId ?? null;
  const services = useQuery({ ...getServicesQueryOptions(commissionHsaId), enabled: !!context });

  const launchHref = useCallback(
    (serviceId: string) => {
      const service = services.data?.find((s) => s.id === serviceId);
      if (!service || !service.access.granted) return null;
      // An address the app may not open (not https, not a listed origin) shows no link.
      const launch = serviceLaunch(service, commissionHsaId);
      return launch.ok ? launch.href : null;
    },
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
      launchHref={launchHref}
      onPatientDataShown={logDisplay}
    />
  );
}
