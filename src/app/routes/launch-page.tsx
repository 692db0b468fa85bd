import { useEffect, useMemo, useState } from 'react';
import { Navigate } from 'react-router';
import { Alert, Button, Loading } from '@/components';
import { env } from '@/config/env';
import { paths } from '@/config/paths';
import { useAuth } from '@/features/auth';
import {
  clearPendingLaunch,
  launchProblem,
  LaunchFailure,
  readPendingLaunch,
  smartLaunchProblem,
  startSmartLaunch,
  type LaunchProblem,
  type PendingLaunch,
} from '@/features/patient-context';

/**
 * `/launch`: a journal system opens the workspace with a patient. By the time this renders,
 * main.tsx has already moved the parameters into this tab's session and out of the address.
 * A bad launch stops here, before any login; a good one logs in (if needed) and continues at
 * `/launch/fortsatt` – the only thing the login carries is that path. A SMART launch goes to the
 * journal system's authorization server first and comes back here through `/launch/smart`.
 */
export function LaunchPage() {
  const [pending] = useState(readPendingLaunch);
  const problem = useMemo(() => launchProblem(pending), [pending]);
  if (!problem && pending?.method === 'smart') return <SmartLaunchStart pending={pending} />;
  return <LaunchWithLogin pending={pending} problem={problem} />;
}

const onwardsHome = { to: paths.home.getHref(), label: 'Gå till startsidan' };

/** To the journal system's authorization server, or the reason it cannot go. */
function SmartLaunchStart({ pending }: { pending: Extract<PendingLaunch, { method: 'smart' }> }) {
  const [failure, setFailure] = useState<LaunchProblem | null>(null);

  useEffect(() => {
    // fhirclient keeps what the rest of the launch needs; this tab's pending launch is done.
    clearPendingLaunch(pending);
    startSmartLaunch(pending, {
      registeredIssuers: env.smartIssuers,
      clientId: env.smartClientId,
      redirectUri: `${window.location.origin}${paths.launchSmart.getHref()}`,
    }).catch((error: unknown) => {
      setFailure(smartLaunchProblem(error));
    });
  }, [pending]);

  if (failure) return <LaunchFailure problem={failure} onwards={onwardsHome} />;
  return <Loading label="Ansluter till journalsystemet …" />;
}

function LaunchWithLogin({
  pending,
  problem,
}: {
  pending: PendingLaunch | null;
  problem: LaunchProblem | null;
}) {
  const auth = useAuth();

  useEffect(() => {
    // An invalid number is not kept a moment longer than needed.
    if (problem) clearPendingLaunch(pending);
  }, [problem, pending]);

  const mustLogin = !problem && auth.status === 'anonymous' && !auth.error;
  useEffect(() => {
    if (mustLogin) void auth.login(paths.launchContinue.getHref());
  }, [mustLogin, auth]);

  if (problem) {
    return <LaunchFailure problem={problem} onwards={onwardsHome} />;
  }
  if (auth.status === 'authenticated') {
    return <Navigate to={paths.launchContinue.getHref()} replace />;
  }
  if (auth.status === 'anonymous' && auth.error) {
    return (
      <Alert
        variant="error"
        title="Du är inte inloggad"
        action={
          <Button onClick={() => void auth.login(paths.launchContinue.getHref())}>Logga in</Button>
        }
      >
        {auth.error}
      </Alert>
    );
  }
  return <Loading label="Öppnar patienten från journalsystemet …" />;
}
