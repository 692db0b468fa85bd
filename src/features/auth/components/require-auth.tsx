import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Alert, Button, Loading } from '@/components';
import { paths } from '@/config/paths';
import { useAuth } from '../auth-context';

type RequireAuthProps = {
  children: ReactNode;
  /** Pages that act for a care unit need a chosen commission; the choice page itself does not. */
  commission?: 'required' | 'not-required';
};

export function RequireAuth({ children, commission = 'required' }: RequireAuthProps) {
  const auth = useAuth();
  const location = useLocation();
  const returnTo = `${location.pathname}${location.search}${location.hash}`;
  const mustLogin = auth.status === 'anonymous' && !auth.error;

  useEffect(() => {
    if (mustLogin) void auth.login(returnTo);
  }, [mustLogin, auth, returnTo]);

  if (auth.status === 'loading') return <Loading label="Kontrollerar inloggningen …" />;
  if (mustLogin) return <Loading label="Du skickas till inloggningen …" />;
  if (auth.status === 'anonymous') {
    return (
      <Alert
        variant="error"
        title="Du är inte inloggad"
        action={<Button onClick={() => void auth.login(returnTo)}>Logga in</Button>}
      >
        {auth.error}
      </Alert>
    );
  }
  if (commission === 'required' && auth.needsCommissionChoice) {
    return <Navigate to={paths.chooseCommission.getHref(returnTo)} replace />;
  }
  return children;
}
