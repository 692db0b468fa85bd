import { Link } from 'react-router';
import { Button } from '@/components';
import { paths } from '@/config/paths';
import { useAuth } from '@/features/auth';
import {
  OpenServices,
  ProfessionLinks,
  RecentDocuments,
  StartSearch,
  TopicLinks,
} from '@/features/knowledge';

/** The open start page: knowledge without login, and the way in to the logged-in services. */
export function HomePage() {
  const { status, profile, login } = useAuth();
  return (
    <div className="stack stack--xl">
      <div className="start-hero stack">
        <h1>Kunskapsstöd för vård och omsorg</h1>
        <p className="lead">
          Granskade texter om vård, behandling och omvårdnad – med datum, ansvarig och källa. Öppet
          för alla, utan inloggning.
        </p>
        <StartSearch />
      </div>
      <TopicLinks />
      <ProfessionLinks />
      <RecentDocuments />
      <OpenServices />
      {status === 'authenticated' && profile ? (
        <section aria-labelledby="login-heading" className="stack">
          <h2 id="login-heading">Dina e-tjänster</h2>
          <p>
            Du är inloggad som {profile.fullName}.{' '}
            <Link to={paths.services.getHref()}>Gå till Mina tjänster</Link>
          </p>
        </section>
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
