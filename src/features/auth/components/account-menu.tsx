import { useEffect, useRef } from 'react';
import { Button } from '@/components';
import { useAuth } from '../auth-context';
import './account-menu.css';

/**
 * The header's account part: who is logged in, for which care unit, the commission switcher
 * and log out. On a phone it folds into one disclosure.
 */
export function AccountMenu() {
  const { status, profile, activeCommission, chooseCommission, logout, login } = useAuth();
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = menu.current;
    if (!details) return;
    // Escape closes the menu and leaves focus where it opened.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      // Handled: nothing behind the menu (an open case) closes with it.
      event.preventDefault();
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    details.addEventListener('keydown', onKeyDown);
    return () => details.removeEventListener('keydown', onKeyDown);
  }, [profile]);

  if (!profile) {
    // Until the session is read (and on a prerendered page) the button's place is kept, unseen:
    // most who open a text are not logged in, and the page must not jump when it appears.
    const reading = status === 'loading';
    return (
      <Button
        variant="primary"
        size="sm"
        onClick={() => void login()}
        disabled={reading}
        aria-hidden={reading || undefined}
        className={reading ? 'account-menu__reading' : undefined}
      >
        Logga in
      </Button>
    );
  }

  const others = profile.commissions.filter((c) => c !== activeCommission);
  return (
    <details className="account-menu" ref={menu}>
      <summary className="account-menu__summary">
        <span className="account-menu__who">
          <span className="account-menu__name">{profile.fullName}</span>
          {profile.title && <span className="account-menu__title">{profile.title}</span>}
        </span>
        <span className="account-menu__unit">
          {activeCommission?.healthCareUnitName ??
            (profile.commissions.length > 0
              ? 'Inget medarbetaruppdrag valt'
              : 'Utan medarbetaruppdrag')}
        </span>
      </summary>
      <div className="account-menu__panel">
        <p className="account-menu__line">
          <span className="account-menu__label">Inloggad som</span>
          {profile.fullName}
          {profile.title && `, ${profile.title}`}
          <span className="account-menu__meta">
            HSA-id {profile.employeeHsaId} · {profile.loa === 3 ? 'SITHS-kort' : 'Lösenord'}
          </span>
        </p>
        <p className="account-menu__line">
          <span className="account-menu__label">Medarbetaruppdrag</span>
          {activeCommission ? (
            <>
              {activeCommission.healthCareUnitName}
              <span className="account-menu__meta">
                {activeCommission.commissionPurpose} · {activeCommission.healthCareProviderName}
              </span>
            </>
          ) : (
            'Inget medarbetaruppdrag'
          )}
        </p>
        {others.length > 0 && (
          <details className="account-menu__switcher">
            <summary>Byt medarbetaruppdrag</summary>
            <ul className="account-menu__commissions">
              {others.map((commission) => (
                <li key={commission.commissionHsaId}>
                  <Button
                    variant="secondary"
                    size="sm"
                    onClick={(event) => {
                      chooseCommission(commission.commissionHsaId);
                      event.currentTarget
                        .closest<HTMLDetailsElement>('.account-menu')
                        ?.removeAttribute('open');
                    }}
                  >
                    {commission.healthCareUnitName} – {commission.commissionPurpose}
                  </Button>
                </li>
              ))}
            </ul>
          </details>
        )}
        <Button variant="secondary" onClick={() => void logout()}>
          Logga ut
        </Button>
      </div>
    </details>
  );
}
