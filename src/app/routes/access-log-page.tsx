import { Alert } from '@/components';
import { useAuth } from '@/features/auth';
import { AccessLogReview, isLogReviewer, LOG_REVIEWER_ROLE } from '@/features/patient-context';

/** "Åtkomstlogg": who has read which patient's data, at the reviewer's own care provider. */
export function AccessLogPage() {
  const { profile, activeCommission } = useAuth();
  if (!profile) return null;
  return (
    <div className="stack">
      <h1>Åtkomstlogg</h1>
      {!isLogReviewer(profile.systemRoles) ? (
        <Alert variant="info" title="Du har inte behörighet till åtkomstloggen" headingLevel={2}>
          Loggranskning kräver behörigheten {LOG_REVIEWER_ROLE} (systemroll). Den ges av din
          vårdgivares behörighetsadministratör till den som följer upp loggarna.
        </Alert>
      ) : activeCommission ? (
        <>
          <p className="lead">
            Vem som har tagit del av vilken patients uppgifter hos{' '}
            <strong>{activeCommission.healthCareProviderName}</strong>. Du ser bara din egen
            vårdgivares händelser.
          </p>
          <AccessLogReview commissionHsaId={activeCommission.commissionHsaId} />
        </>
      ) : null}
    </div>
  );
}
