import { useEffect, useRef, useState } from 'react';
import type { SessionClient } from '../session-client';
import { Alert, Button } from '@/components';
import { paths } from '@/config/paths';
import { useAuth } from '../auth-context';
import type { LogoutReason } from '../auth-context';
import { takeLoggedOutNote, type LoggedOutNote } from '../session-end';

/** Where the provider sends the browser after logout. Says why, when the app asked for it. */
export function LoggedOutPage({ sessionClient }: { sessionClient: SessionClient }) {
  const { login } = useAuth();
  const [reason, setReason] = useState<LogoutReason | null>(null);
  // Written by this tab's logout; read once.
  const [note] = useState<LoggedOutNote | null>(() => takeLoggedOutNote());
  const handled = useRef(false);
  const shownReason = reason ?? note?.reason ?? null;

  useEffect(() => {
    // The logout state can be read once; React may run this effect twice.
    if (handled.current || !new URLSearchParams(window.location.search).has('state')) return;
    handled.current = true;
    sessionClient
      .load()
      .then((userManager) => userManager.signoutRedirectCallback())
      .then((response) =>
        setReason((response.userState as { reason?: LogoutReason } | undefined)?.reason ?? null),
      )
      .catch(() => setReason(null))
      .finally(() => window.history.replaceState(null, '', paths.loggedOut.path));
  }, [sessionClient]);

  return (
    <div className="stack">
      <h1>Du är utloggad</h1>
      {shownReason === 'other-tab' && (
        <Alert variant="info" title="Utloggad i en annan flik">
          Du loggade ut i en annan flik eller ett annat fönster, så den här fliken är också
          utloggad.
        </Alert>
      )}
      {note?.notices.map((notice) => (
        <Alert key={notice} variant="warning" title="Allt kunde inte skickas innan du loggades ut">
          {notice}
        </Alert>
      ))}
      {shownReason === 'idle' && (
        <Alert variant="info" title="Utloggad på grund av inaktivitet">
          Du loggades ut automatiskt eftersom ingen aktivitet märktes på en stund. Det skyddar
          patientuppgifter på datorer som delas.
        </Alert>
      )}
      <p>Stäng webbläsaren om du använder en dator som andra också använder.</p>
      <div className="cluster">
        <Button variant="primary" onClick={() => void login(paths.services.path)}>
          Logga in igen
        </Button>
        <a href={paths.home.getHref()}>Till startsidan</a>
      </div>
    </div>
  );
}
