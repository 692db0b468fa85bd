import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button } from '@/components';
import { paths } from '@/config/paths';
import {
  checkPatientServiceAddress,
  patientLaunchHref,
  usePatientServices,
  type PatientService,
} from '../api/service-launch';
import { icd10Name } from '../icd10';
import { usePatientContext } from '../patient-context-store';
import './patient-panel.css';

type PatientPanelProps = {
  employeeHsaId: string;
  commissionHsaId: string | null;
};

/**
 * On the landing page while a patient is in context: knowledge support for the patient's
 * diagnoses, and the services that can open with the patient.
 */
export function PatientPanel({ employeeHsaId, commissionHsaId }: PatientPanelProps) {
  const context = usePatientContext();
  if (!context || context.employeeHsaId !== employeeHsaId) return null;
  return (
    <>
      {context.icd10.length > 0 && (
        <section aria-labelledby="patient-diagnoses-heading" className="stack stack--sm">
          <h2 id="patient-diagnoses-heading">Kunskapsstöd för patientens diagnoser</h2>
          <ul className="patient-panel__diagnoses">
            {context.icd10.map((code) => (
              <li key={code}>
                {/* A lone code: the search lists the texts of that main diagnosis first. */}
                <Link to={paths.search.getHref({ q: code })}>
                  {icd10Name(code) ? `${icd10Name(code)} (${code})` : code}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {commissionHsaId && (
        <PatientServices
          commissionHsaId={commissionHsaId}
          identityNumber={context.identityNumber}
          icd10={context.icd10}
          requestedServiceId={context.requestedServiceId}
        />
      )}
    </>
  );
}

function PatientServices({
  commissionHsaId,
  identityNumber,
  icd10,
  requestedServiceId,
}: {
  commissionHsaId: string;
  identityNumber: string;
  icd10: string[];
  requestedServiceId: string | null;
}) {
  const services = usePatientServices(commissionHsaId);
  const [failed, setFailed] = useState<string | null>(null);

  const open = async (service: PatientService) => {
    setFailed(null);
    const checked = checkPatientServiceAddress(service);
    if (!checked.ok) return setFailed(checked.reason);
    // Opened at once, on the click, so no popup blocker stops it; the address follows.
    const opened = window.open('about:blank', '_blank');
    try {
      const href = await patientLaunchHref({ service, identityNumber, icd10, commissionHsaId });
      if (opened) {
        opened.opener = null;
        opened.location.href = href;
      } else {
        window.location.assign(href);
      }
    } catch (error) {
      opened?.close();
      setFailed((error as Error).message);
    }
  };

  if (services.isPending) return null;
  if (services.isError) {
    return (
      <Alert variant="error" title="Tjänsterna för patienten kunde inte hämtas">
        {services.error.message}
      </Alert>
    );
  }
  const requestedMissing =
    requestedServiceId !== null && !services.data.some((s) => s.id === requestedServiceId);
  if (services.data.length === 0 && !requestedMissing) return null;

  return (
    <section aria-labelledby="patient-services-heading" className="stack stack--sm">
      <h2 id="patient-services-heading">Öppna med patienten</h2>
      <p className="ds-text-muted">
        Tjänsten öppnas i en ny flik med patienten vald. Personnumret skickas aldrig i adressen.
      </p>
      {requestedMissing && (
        <Alert variant="warning" title="Tjänsten journalsystemet bad om kan inte öppnas">
          Den finns inte i tjänstekatalogen, tar inte emot patientuppgifter eller ingår inte i ditt
          medarbetaruppdrag.
        </Alert>
      )}
      {failed && (
        <Alert variant="error" title="Tjänsten kunde inte öppnas med patienten" live>
          {failed}
        </Alert>
      )}
      <ul className="patient-panel__services">
        {[...services.data]
          .sort((a, b) => Number(b.id === requestedServiceId) - Number(a.id === requestedServiceId))
          .map((service) => (
            <li key={service.id}>
              <Button
                variant={service.id === requestedServiceId ? 'primary' : 'secondary'}
                onClick={() => void open(service)}
              >
                Öppna {service.name} med patienten
              </Button>
            </li>
          ))}
      </ul>
    </section>
  );
}
