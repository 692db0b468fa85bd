import { useOutlet } from 'react-router';
import { Alert } from '@/components';
import { useAuth } from '@/features/auth';
import { Inbox } from '@/features/inbox';
import { usePatientContext } from '@/features/patient-context';
import { inboxContextFor } from './inbox-context';

/**
 * "Inkorg": the care unit's cases from every case source, with the open case (child route)
 * beside the list. The patient in context (if it is this person's) offers a patient filter.
 */
export function InboxPage() {
  const { profile, activeCommission } = useAuth();
  const patientContext = usePatientContext();
  const context = inboxContextFor(profile, activeCommission);
  // The open case, or null on the list alone: an <Outlet /> element is there even when no case
  // is open, and the list must not give way to an empty panel on a narrow screen.
  const openCase = useOutlet();

  if (!context) {
    return (
      <div className="stack">
        <h1>Inkorg</h1>
        <Alert variant="info" title="Inkorgen kräver ett uppdrag för vård och behandling">
          <p>
            Invånarnas ärenden innehåller patientuppgifter. Välj ett medarbetaruppdrag med syftet
            Vård och behandling för att se din enhets ärenden.
          </p>
        </Alert>
      </div>
    );
  }

  const ownPatient =
    patientContext && patientContext.employeeHsaId === profile?.employeeHsaId
      ? { identityNumber: patientContext.identityNumber }
      : null;

  return (
    // A new commission is a new inbox: filters' counts, "new since" and progress start over.
    <Inbox key={context.commissionHsaId} context={context} patientInContext={ownPatient}>
      {openCase}
    </Inbox>
  );
}
