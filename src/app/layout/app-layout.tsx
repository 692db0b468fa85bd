import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useMatches } from 'react-router';
import { SkipLink } from '@/components';
import { AccountMenu, IdleLogout, isCareCommission, useAuth } from '@/features/auth';
// Not the knowledge barrel: its start-page parts (and zod) belong to the start page's chunk.
import { RegionSwitcher } from '@/features/knowledge/components/region-switcher';
import { useDefaultRegionFrom } from '@/features/knowledge/region/region-default';
// Only the store (no code of the banner's own): is there a patient in context in this tab?
import { usePatientContext } from '@/features/patient-context/patient-context-store';
import { paths } from '@/config/paths';
import { pageTitle, PRODUCT_NAME } from '@/config/product';
import './app-layout.css';

// Only logged-in staff need these; the start page loads without their code.
const InboxNavLink = lazy(() =>
  import('./inbox-nav-link').then((m) => ({ default: m.InboxNavLink })),
);
const LogReviewLink = lazy(() =>
  import('@/features/patient-context').then((m) => ({
    default: ({ systemRoles }: { systemRoles: string[] }) =>
      m.isLogReviewer(systemRoles) ? (
        <NavLink to={paths.accessLog.getHref()}>Åtkomstlogg</NavLink>
      ) : null,
  })),
);
const PatientBanner = lazy(() =>
  import('@/features/patient-context').then((m) => ({ default: m.PatientBanner })),
);

const [brandFirst, ...brandWords] = PRODUCT_NAME.split(' ');
const brandRest = brandWords.join(' ');

/** Page title from the matched route, and focus to the new page's content after navigation. */
function usePageChange(main: React.RefObject<HTMLElement | null>, unread: number | null) {
  const matches = useMatches();
  const location = useLocation();
  const shownPath = useRef(location.pathname);
  const title = [...matches]
    .reverse()
    .find((m) => (m.handle as { title?: string } | undefined)?.title)?.handle as
    { title: string } | undefined;

  useEffect(() => {
    const base = pageTitle(title?.title);
    // Unread cases in the tab title: seen from another tab too.
    document.title = unread ? `(${unread}) ${base}` : base;
  }, [title, unread]);

  useEffect(() => {
    // Only on a real change of page (React may run this twice on the first one).
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    // A screen reader user hears the new page instead of staying on the old link; the new
    // page starts at the top.
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname, main]);
}

export function AppLayout() {
  const main = useRef<HTMLElement>(null);
  const { status, profile, activeCommission } = useAuth();
  const [unread, setUnread] = useState<number | null>(null);
  usePageChange(main, status === 'authenticated' ? unread : null);
  // The region of the commission's care provider, until the person chooses one (ADR 0019).
  useDefaultRegionFrom(activeCommission?.healthCareProviderHsaId ?? null);
  // The banner's code loads for logged-in staff, and to clear a patient left in the tab.
  const patientContext = usePatientContext();
  const mayShowPatient = status === 'authenticated' || patientContext !== null;

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
            {/* On a phone "1177" alone is seen; the link's name is the whole product's. */}
            <span>
              {brandFirst}
              <span className="app-header__brand-rest"> {brandRest}</span>
            </span>
          </Link>
          {status === 'authenticated' && (
            <nav aria-label="Huvudmeny" className="app-header__nav">
              <NavLink to={paths.services.getHref()}>Mina tjänster</NavLink>
              {isCareCommission(activeCommission) && (
                <NavLink to={paths.messages.getHref()}>Meddelanden</NavLink>
              )}
              <Suspense fallback={null}>
                <InboxNavLink
                  profile={profile}
                  activeCommission={activeCommission}
                  onUnreadChange={setUnread}
                />
                {profile && <LogReviewLink systemRoles={profile.systemRoles} />}
              </Suspense>
            </nav>
          )}
          <div className="app-header__account cluster">
            <RegionSwitcher />
            <AccountMenu />
          </div>
        </div>
      </header>
      {mayShowPatient && (
        <Suspense fallback={null}>
          <PatientBanner
            worker={{ status, employeeHsaId: profile?.employeeHsaId ?? null, activeCommission }}
          />
        </Suspense>
      )}
      <main id="main" ref={main} tabIndex={-1} className="app-main container">
        <Outlet />
      </main>
      <footer className="app-footer">
        <div className="container">
          <p>
            {PRODUCT_NAME} – kunskapsstöd och e-tjänster för vård- och omsorgspersonal.
            Utvecklingsversion med testdata. Exempeltexter för utveckling – inte medicinska råd.
          </p>
        </div>
      </footer>
      <IdleLogout />
    </div>
  );
}
