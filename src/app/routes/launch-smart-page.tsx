import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Loading } from '@/components';
import { paths } from '@/config/paths';
import {
  completeSmartLaunch,
  LaunchFailure,
  smartLaunchProblem,
  storePendingLaunch,
  type LaunchProblem,
} from '@/features/patient-context';

/**
 * `/launch/smart`, the SMART redirect_uri: the journal system's authorization server sends the
 * person back here with a code. The launch completes (token, Patient, Conditions), its fields
 * wait in this tab's session like a redeemed handle, and `/launch` takes over: our own login if
 * needed, then the usual validation and commission choice.
 */
export function LaunchSmartPage() {
  const navigate = useNavigate();
  const [failure, setFailure] = useState<LaunchProblem | null>(null);

  useEffect(() => {
    let cancelled = false;
    completeSmartLaunch().then(
      (fields) => {
        if (cancelled) return;
        storePendingLaunch({ method: 'redeemed', fields });
        navigate(paths.launch.getHref(), { replace: true });
      },
      (error: unknown) => {
        if (cancelled) return;
        setFailure(smartLaunchProblem(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [navigate]);

  if (failure) {
    return (
      <LaunchFailure
        problem={failure}
        onwards={{ to: paths.home.getHref(), label: 'Gå till startsidan' }}
      />
    );
  }
  return <Loading label="Hämtar patienten från journalsystemet …" />;
}
