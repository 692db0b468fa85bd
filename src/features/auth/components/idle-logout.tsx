import { useCallback } from 'react';
import { Button, Dialog } from '@/components';
import { env } from '@/config/env';
import { useAuth } from '../auth-context';
import { useIdleTimer } from '../use-idle-timer';

const timeFormat = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit' });

function minutesText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes >= 1) return minutes === 1 ? '1 minut' : `${minutes} minuter`;
  return `${Math.round(ms / 1000)} sekunder`;
}

type IdleLogoutProps = {
  timeoutMs?: number;
  warningMs?: number;
};

/** Logs out a shared workstation left alone, after a warning ("Du loggas snart ut"). */
export function IdleLogout({
  timeoutMs = env.idleTimeoutMs,
  warningMs = env.idleWarningMs,
}: IdleLogoutProps) {
  const { status, logout } = useAuth();
  const onTimeout = useCallback(() => void logout('idle'), [logout]);
  const { logoutAt, stayActive } = useIdleTimer({
    enabled: status === 'authenticated',
    timeoutMs,
    warningMs,
    onTimeout,
  });

  return (
    <Dialog
      open={logoutAt !== null}
      onClose={stayActive}
      title="Du loggas snart ut"
      role="alertdialog"
      description={`Du har inte gjort något på en stund. Om ${minutesText(warningMs)}${
        logoutAt ? `, klockan ${timeFormat.format(logoutAt)},` : ''
      } loggas du ut för att skydda patientuppgifterna.`}
      actions={
        <>
          <Button variant="primary" onClick={stayActive}>
            Fortsätt vara inloggad
          </Button>
          <Button variant="secondary" onClick={() => void logout('user')}>
            Logga ut nu
          </Button>
        </>
      }
    />
  );
}
