import { Link } from 'react-router';
import { Button } from '@/components';
import { paths } from '@/config/paths';
import { useAuth } from '@/features/auth';

export function HomePage() {
  const { status, profile, login } = useAuth();
  return (
    <div className="stack">
      <h1>1177 för vårdpersonal</h1>
      <p className="lead">
        Kunskapsstöd och e-tjänster för dig som arbetar i vård och omsorg – samlat på ett ställe.
      </p>
      {status === 'authenticated' && profile ? (
        <p>
          Du är inloggad som {profile.fullName}.{' '}
          <Link to={paths.services.getHref()}>Gå till Mina tjänster</Link>
        </p>
      ) : (
        <section aria-labelledby="login-heading" className="stack">
          <h2 id="login-heading">Logga in för att se dina tjänster</h2>
          <p>
            Med SITHS-kort ser du de nationella e-tjänster som ditt medarbetaruppdrag ger dig
            tillgång till, och öppnar dem utan att logga in igen.
          </p>
          <div>
            <Button
              variant="primary"
              onClick={() => void login(paths.services.path)}
              disabled={status === 'loading'}
            >
              Logga in
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
