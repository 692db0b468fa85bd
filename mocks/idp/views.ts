import { createHash } from 'node:crypto';
import type { StaffMember } from './staff';

/** Escapes a value for use in HTML text and in quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLES = `
:root { color-scheme: light; --text: #1d2b36; --muted: #4a5a66; --bg: #f2f5f7; --surface: #fff;
  --border: #c5d0d8; --primary: #1b5e7a; --primary-dark: #123f52; --error: #b3261e; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  font-size: 1rem; line-height: 1.5; color: var(--text); background: var(--bg); }
header { background: var(--surface); border-bottom: 1px solid var(--border); padding: 0.75rem 1.5rem; }
header p { margin: 0; font-weight: 600; }
main { max-width: 40rem; margin: 2rem auto; padding: 0 1rem 2rem; }
h1 { font-size: 1.75rem; margin: 0 0 1rem; }
h2 { font-size: 1.25rem; margin: 0 0 0.5rem; }
section { background: var(--surface); border: 1px solid var(--border); border-radius: 8px;
  padding: 1.25rem 1.5rem; margin-bottom: 1.5rem; }
.hint { color: var(--muted); }
ul.people { list-style: none; margin: 1rem 0 0; padding: 0; display: grid; gap: 0.5rem; }
button { font: inherit; cursor: pointer; border-radius: 6px; }
button.person { display: block; width: 100%; text-align: left; color: var(--text); background: var(--surface);
  border: 1px solid var(--border); padding: 0.75rem 1rem; }
button.person:hover { border-color: var(--primary); background: #eaf3f7; }
.person .name { font-weight: 600; }
.person .meta { color: var(--muted); }
.field { margin-bottom: 1rem; }
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
input { font: inherit; width: 100%; max-width: 22rem; padding: 0.5rem 0.625rem; color: var(--text);
  border: 1px solid #5f6f7a; border-radius: 4px; background: var(--surface); }
input[aria-invalid="true"] { border: 2px solid var(--error); }
.primary { color: #fff; background: var(--primary); border: 2px solid var(--primary); padding: 0.5rem 1.25rem; }
.primary:hover { background: var(--primary-dark); border-color: var(--primary-dark); }
.secondary { color: var(--primary); background: var(--surface); border: 2px solid var(--primary); padding: 0.5rem 1.25rem; }
.error { color: var(--error); font-weight: 600; }
:focus-visible { outline: 3px solid var(--text); outline-offset: 3px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
a { color: var(--primary); }
`;

/** No scripts except the ones a page names by hash; the provider's pages are never framed. */
const contentSecurityPolicy = (scriptHash?: string): string =>
  [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    scriptHash ? `script-src '${scriptHash}'` : undefined,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ]
    .filter(Boolean)
    .join('; ');

export type Page = { html: string; csp: string };

function layout(title: string, body: string, scriptHash?: string): Page {
  const html = `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Lokal inloggningstjänst</title>
<style>${STYLES}</style>
</head>
<body>
<header><p>Lokal inloggningstjänst för utveckling</p></header>
<main>
${body}
</main>
</body>
</html>`;
  return { html, csp: contentSecurityPolicy(scriptHash) };
}

export type LoginPageProps = {
  uid: string;
  clientName: string;
  sithsPeople: StaffMember[];
  passwordPeople: StaffMember[];
  /** Set when a password login failed: the username is typed back into the field. */
  failedUsername?: string;
};

function personButton(person: StaffMember): string {
  // One line of inline text, so the accessible name is exactly "Namn, Titel, Arbetsplats".
  return `<li><button type="submit" class="person" name="accountId" value="${escapeHtml(person.accountId)}"><span class="name">${escapeHtml(`${person.given_name} ${person.family_name}`)}</span>, <span class="meta">${escapeHtml(`${person.title}, ${person.workplace}`)}</span></button></li>`;
}

export function loginPage(props: LoginPageProps): Page {
  const action = (step: string) => `/interaction/${encodeURIComponent(props.uid)}/${step}`;
  const failed = props.failedUsername !== undefined;
  const invalid = failed ? ' aria-invalid="true" aria-describedby="login-error"' : '';
  const testAccounts = props.passwordPeople
    .map((person) =>
      person.login.method === 'password'
        ? `<li>${escapeHtml(`${person.given_name} ${person.family_name}, ${person.title}`)}: användarnamn
<code>${escapeHtml(person.login.username)}</code>, lösenord <code>${escapeHtml(person.login.password)}</code></li>`
        : '',
    )
    .join('');

  return layout(
    failed ? 'Fel vid inloggning' : 'Logga in',
    `<h1>Logga in</h1>
<p>Du loggar in till <strong>${escapeHtml(props.clientName)}</strong>.</p>
<section aria-labelledby="siths-heading">
<h2 id="siths-heading">Logga in med SITHS-kort</h2>
<p class="hint">Det här är en simulerad kortläsare för lokal utveckling. Välj det testkort som ska sitta i läsaren.</p>
<form method="post" action="${action('siths')}">
<ul class="people">
${props.sithsPeople.map(personButton).join('\n')}
</ul>
</form>
</section>
<section aria-labelledby="password-heading">
<h2 id="password-heading">Logga in med användarnamn och lösenord</h2>
${failed ? '<p id="login-error" class="error" role="alert">Fel användarnamn eller lösenord.</p>' : ''}
<form method="post" action="${action('password')}">
<div class="field">
<label for="username">Användarnamn</label>
<input id="username" name="username" autocomplete="username" required value="${escapeHtml(props.failedUsername ?? '')}"${invalid}>
</div>
<div class="field">
<label for="password">Lösenord</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}>
</div>
<button type="submit" class="primary">Logga in</button>
</form>
<p class="hint">Testkonton:</p>
<ul class="hint">${testAccounts}</ul>
</section>
<form method="post" action="${action('abort')}">
<button type="submit" class="secondary">Avbryt</button>
</form>`,
  );
}

export type ErrorDetails = {
  /** What happened, in Swedish. */
  message?: string;
  /** The OAuth error code and its (English) description, shown for developers. */
  code?: string;
  description?: string;
  /** Where to go from here, when we know a safe place. */
  link?: { href: string; text: string };
};

export function errorPage(details: ErrorDetails): Page {
  const technical = [
    details.code ? `<dt>Felkod</dt><dd>${escapeHtml(details.code)}</dd>` : '',
    details.description ? `<dt>Beskrivning</dt><dd>${escapeHtml(details.description)}</dd>` : '',
  ].join('');
  return layout(
    'Något gick fel',
    `<h1>Något gick fel</h1>
<p>${escapeHtml(details.message ?? 'Inloggningstjänsten kunde inte slutföra begäran.')}</p>
${
  details.link
    ? `<p><a href="${escapeHtml(details.link.href)}">${escapeHtml(details.link.text)}</a></p>`
    : '<p>Gå tillbaka till tjänsten du kom från och försök igen.</p>'
}
${technical ? `<dl>${technical}</dl>` : ''}`,
  );
}

// The RP asked to log out: end the provider session at once, no "are you sure?" click.
const AUTO_SUBMIT = "document.getElementById('op.logoutForm').submit();";
const AUTO_SUBMIT_HASH = `sha256-${createHash('sha256').update(AUTO_SUBMIT).digest('base64')}`;

/** `form` is oidc-provider's own form (id "op.logoutForm") with its xsrf token. */
export function logoutPage(form: string): Page {
  // logout=yes ends the whole session, not only the requesting client's part of it.
  const fullLogoutForm = form.replace(
    '</form>',
    '<input type="hidden" name="logout" value="yes"></form>',
  );
  return layout(
    'Loggar ut',
    `<h1>Loggar ut …</h1>
${fullLogoutForm}
<noscript><p>Din webbläsare kör inte skript. Tryck på knappen för att logga ut.</p>
<button type="submit" class="primary" form="op.logoutForm">Logga ut</button></noscript>
<script>${AUTO_SUBMIT}</script>`,
    AUTO_SUBMIT_HASH,
  );
}

export function loggedOutPage(): Page {
  return layout(
    'Utloggad',
    `<h1>Du är utloggad</h1>
<p>Du har loggat ut från inloggningstjänsten. Du kan stänga fönstret.</p>`,
  );
}
