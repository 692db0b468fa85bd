/**
 * The demo service: stands for any service launched from the workspace. It is an OIDC client of
 * its own ('demo-tjanst') and signs in silently (prompt=none) on the identity provider session
 * the person already has, so launching it never asks for a second login.
 *
 * Opened as /?tjanst=<serviceId>&uppdrag=<commissionHsaId> (both optional). The server
 * (mocks/idp/demo-service-server.ts) turns this file into JavaScript; oidc-client-ts's browser
 * build, loaded before it, provides the global `oidc`.
 */
import type * as OidcClient from 'oidc-client-ts';
import type { User } from 'oidc-client-ts';

declare const oidc: typeof OidcClient;

type Launch = { service: string | null; commission: string | null };
type Commission = { commissionHsaId: string; commissionName: string; healthCareUnitName: string };

const LAUNCH_KEY = 'demo-tjanst:launch';
/** Answers that mean "not signed in" (no session for prompt=none, or login cancelled), not "something broke". */
const NOT_SIGNED_IN = new Set([
  'login_required',
  'interaction_required',
  'consent_required',
  'account_selection_required',
  'access_denied',
]);

const meta = (name: string): string =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';

const userManager = new oidc.UserManager({
  authority: meta('oidc-authority'),
  client_id: meta('oidc-client-id'),
  redirect_uri: `${location.origin}/callback`,
  post_logout_redirect_uri: `${location.origin}/`,
  response_type: 'code',
  scope: 'openid profile hsa',
  // Every claim is in the ID token.
  loadUserInfo: false,
  automaticSilentRenew: false,
});

/** Keeps the launch parameters in this tab across the login redirect. Returns true if new ones came. */
function saveLaunch(params: URLSearchParams): boolean {
  if (!params.has('tjanst') && !params.has('uppdrag')) return false;
  const launch: Launch = {
    service: params.get('tjanst') || null,
    commission: params.get('uppdrag') || null,
  };
  sessionStorage.setItem(LAUNCH_KEY, JSON.stringify(launch));
  return true;
}

function readLaunch(): Launch {
  try {
    const stored = JSON.parse(
      sessionStorage.getItem(LAUNCH_KEY) ?? 'null',
    ) as Partial<Launch> | null;
    return { service: stored?.service ?? null, commission: stored?.commission ?? null };
  } catch {
    return { service: null, commission: null };
  }
}

function cleanAddressBar(): void {
  history.replaceState(null, '', '/');
}

function isCommission(value: unknown): value is Commission {
  const candidate = value as Partial<Commission> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.commissionHsaId === 'string' &&
    typeof candidate.commissionName === 'string' &&
    typeof candidate.healthCareUnitName === 'string'
  );
}

// --- Rendering: DOM nodes and textContent only, so no claim or parameter is ever parsed as HTML.

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function button(text: string, onClick: () => Promise<void>): HTMLButtonElement {
  const node = element('button', text);
  node.type = 'button';
  node.addEventListener('click', () => {
    node.disabled = true;
    onClick().catch(showFailure);
  });
  return node;
}

function show(heading: string, ...content: Node[]): void {
  document.title = `${heading} – Demotjänst`;
  document.querySelector('main')?.replaceChildren(element('h1', heading), ...content);
}

function commissionText(user: User, launch: Launch): HTMLParagraphElement {
  if (!launch.commission) return element('p', 'Inget medarbetaruppdrag valt');
  const commissions = Array.isArray(user.profile.commissions)
    ? user.profile.commissions.filter(isCommission)
    : [];
  const commission = commissions.find(
    (candidate) => candidate.commissionHsaId === launch.commission,
  );
  if (!commission) {
    return element(
      'p',
      `Medarbetaruppdraget ${launch.commission} finns inte bland dina medarbetaruppdrag. ` +
        'Tjänsten kan inte visa uppgifter för det.',
      'warning',
    );
  }
  return element(
    'p',
    `Medarbetaruppdrag: ${commission.commissionName} – ${commission.healthCareUnitName}`,
  );
}

function showSignedIn(user: User): void {
  const launch = readLaunch();
  const { profile } = user;
  show(
    `Du har öppnat ${launch.service ?? 'demotjänsten'}`,
    element('p', `Inloggad som ${profile.name ?? ''}, ${String(profile.title ?? '')}`),
    element('p', `HSA-id: ${String(profile.employeeHsaId ?? '')}`),
    commissionText(user, launch),
    element('p', 'Du loggades in automatiskt med samma inloggning som i arbetsytan.', 'muted'),
    button('Logga ut', () => userManager.signoutRedirect({ state: 'utloggning' })),
  );
}

function showNotSignedIn(): void {
  show(
    'Du är inte inloggad',
    element('p', 'Logga in för att använda tjänsten.'),
    button('Logga in', () => userManager.signinRedirect()),
  );
}

function showSignedOut(): void {
  show(
    'Du har loggat ut',
    button('Logga in', () => userManager.signinRedirect()),
  );
}

function showFailure(error: unknown): void {
  show(
    'Något gick fel',
    element('p', 'Demotjänsten kunde inte logga in.'),
    element('p', error instanceof Error ? error.message : String(error), 'muted'),
    button('Försök igen', () => userManager.signinRedirect()),
  );
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const signinAnswer = params.has('state') && (params.has('code') || params.has('error'));

  if (signinAnswer) {
    try {
      const user = await userManager.signinRedirectCallback();
      cleanAddressBar();
      showSignedIn(user);
    } catch (error) {
      cleanAddressBar();
      if (error instanceof oidc.ErrorResponse && NOT_SIGNED_IN.has(error.error ?? ''))
        showNotSignedIn();
      else showFailure(error);
    }
    return;
  }

  if (params.has('state')) {
    // Back from the provider's logout.
    await userManager.signoutRedirectCallback().catch(() => undefined);
    cleanAddressBar();
    showSignedOut();
    return;
  }

  const launched = saveLaunch(params);
  cleanAddressBar();
  const user = await userManager.getUser();
  if (user && !user.expired && !launched) {
    showSignedIn(user);
    return;
  }
  // A new launch always asks the provider: the person in the workspace may have changed.
  await userManager.signinRedirect({ prompt: 'none' });
}

start().catch(showFailure);
