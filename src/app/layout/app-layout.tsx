import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useMatches } from 'react-router';
import { SkipLink } from '@/components';
import { AccountMenu, IdleLogout, useAuth } from '@/features/auth';
import { paths } from '@/config/paths';
import './app-layout.css';

const PRODUCT_NAME = '1177 för vårdpersonal';

/** Page title from the matched route, and focus to the new page's content after navigation. */
function usePageChange(main: React.RefObject<HTMLElement | null>) {
  const matches = useMatches();
  const location = useLocation();
  const firstRender = useRef(true);
  const title = [...matches]
    .reverse()
    .find((m) => (m.handle as { title?: string } | undefined)?.title)?.handle as
    { title: string } | undefined;

  useEffect(() => {
    document.title = title ? `${title.title} – ${PRODUCT_NAME}` : PRODUCT_NAME;
  }, [title]);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A screen reader user hears the new page instead of staying on the old link.
    main.current?.focus();
  }, [location.pathname, main]);
}

export function AppLayout() {
  const main = useRef<HTMLElement>(null);
  const { status } = useAuth();
  usePageChange(main);

  return (
    <div className="app-shell">
      <SkipLink />
      <header className="app-header">
        <div className="app-header__inner container">
          <Link to={paths.home.getHref()} className="app-header__brand">
            <svg
              className="app-header__logo"
              viewBox="0 0 32 32"
              aria-hidden="true"
              focusable="false"
            >
              <rect width="32" height="32" rx="7" />
              <path d="M13 7h6v6h6v6h-6v6h-6v-6H7v-6h6z" fill="#fff" />
            </svg>
            {PRODUCT_NAME}
          </Link>
          {status === 'authenticated' && (
            <nav aria-label="Huvudmeny" className="app-header__nav">
              <NavLink to={paths.services.getHref()}>Mina tjänster</NavLink>
            </nav>
          )}
          <div className="app-header__account">
            <AccountMenu />
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="app-main container">
        <Outlet />
      </main>
      <footer className="app-footer">
        <div className="container">
          <p>
            {PRODUCT_NAME} – kunskapsstöd och e-tjänster för vård- och omsorgspersonal.
            Utvecklingsversion med testdata.
          </p>
        </div>
      </footer>
      <IdleLogout />
    </div>
  );
}
