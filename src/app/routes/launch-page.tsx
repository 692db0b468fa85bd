import { useEffect, useMemo, useState } from 'react';
import { Navigate } from 'react-router';
import { Alert, Button, Loading } from '@/components';
import { paths } from '@/config/paths';
import { useAuth } from '@/features/auth';
import {
  clearPendingLaunch,
  launchProblem,
  LaunchFailure,
  readPendingLaunch,
} from '@/features/patient-context';

/**
 * `/launch`: a journal system opens the workspace with a patient. By the time this renders,
 * main.tsx has already moved the parameters into this tab's session and out of the address.
 * A bad launch stops here, before any login; a good one logs in (if needed) and continues at
 * `/launch/fortsatt` – the only thing the login carries is that path.
 */
export function LaunchPage() {
  const auth = useAuth();
  const [pending] = useState(readPendingLaunch);
  const problem = useMemo(() => launchProblem(pending), [pending]);

  useEffect(() => {
    // An invalid number is not kept a moment longer than needed.
    if (problem) clearPendingLaunch(pending);
  }, [problem, pending]);

  const mustLogin = !problem && auth.status === 'anonymous' && !auth.error;
  useEffect(() => {
    if (mustLogin) void auth.login(paths.launchContinue.getHref());
  }, [mustLogin, auth]);

  if (problem) {
    return (
      <LaunchFailure
        problem={problem}
        onwards={{ to: paths.home.getHref(), label: 'Gå till startsidan' }}
      />
    );
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
