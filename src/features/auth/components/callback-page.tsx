import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Loading } from '@/components';
import { paths } from '@/config/paths';
import { useAuth } from '../auth-context';

/** Where the provider sends the browser back with a code. Redeems it once, then leaves. */
export function CallbackPage() {
  const { completeLogin, login } = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    completeLogin().then(
      // replace: the code and state must not stay in the address bar or the history.
      (returnTo) => navigate(returnTo, { replace: true }),
      () => {
        window.history.replaceState(null, '', paths.callback.path);
        setFailed(true);
      },
    );
  }, [completeLogin, navigate]);

  if (failed) {
    return (
      <Alert
        variant="error"
        title="Inloggningen kunde inte slutföras"
        action={
          <Button onClick={() => void login(paths.services.path)}>Försök logga in igen</Button>
        }
      >
        Inloggningen avbröts eller tog för lång tid. Inget är sparat – försök igen.
      </Alert>
    );
  }
  return <Loading label="Loggar in …" />;
}
