import { Alert } from '@/components';
import { useAuth } from '@/features/auth';
import { ServiceCatalog } from '@/features/services';
import { PatientPanel } from '@/features/patient-context';

/** "Mina tjänster": the services the active commission entitles the person to. */
export function ServicesPage() {
  const { profile, activeCommission } = useAuth();
  if (!profile) return null;
  const hasCommission = profile.commissions.length > 0;

  return (
    <div className="stack">
      <h1>Mina tjänster</h1>
      {activeCommission && (
        <p className="lead">
          Tjänster för ditt uppdrag på <strong>{activeCommission.healthCareUnitName}</strong> (
          {activeCommission.commissionPurpose}).
        </p>
      )}
      <PatientPanel
        employeeHsaId={profile.employeeHsaId}
        commissionHsaId={activeCommission?.commissionHsaId ?? null}
      />
      {!hasCommission && (
        <Alert
          variant="info"
          title={
            profile.loa === 3 ? 'Du har inget medarbetaruppdrag' : 'Du är inloggad utan SITHS-kort'
          }
        >
          <p>
            Du kan använda kunskapsstödet och de öppna tjänsterna nedan. De flesta e-tjänster för
            vården visar patientuppgifter och kräver därför både SITHS-kort och ett
            medarbetaruppdrag.
          </p>
          <p>
            <strong>Så får du ett medarbetaruppdrag:</strong> Din chef eller verksamhetens
            behörighetsadministratör lägger upp uppdraget i HSA-katalogen. Det anger vilken
            vårdenhet du arbetar för och i vilket syfte, till exempel Vård och behandling.
            {profile.loa === 2 && ' Saknar du SITHS-kort beställer du det via din arbetsgivare.'}
          </p>
        </Alert>
      )}
      <ServiceCatalog
        employeeHsaId={profile.employeeHsaId}
        commissionHsaId={activeCommission?.commissionHsaId ?? null}
      />
    </div>
  );
}
