/**
 * The journal system's pages, rendered on the server: the patient list a clinician launches the
 * workspace from, the developer's choices for the next launch, the launches made, and the
 * registered clients; and an error page in the same look. No scripts at all.
 */
import type { StaffMember } from '../idp/staff';
import { escapeHtml } from '../idp/views';
import type { SmartClient } from './clients';
import type { JournalPatient } from './data';
import type { Installation, InstallationKey } from './installations';
import { FAULTS, METHODS, type Fault, type LaunchMethod, type LaunchSummary } from './launches';

/** The developer's choices for the next launch, as the form sends them. */
export type LaunchChoices = {
  installation: InstallationKey;
  encounter: 'latest' | 'none';
  method: LaunchMethod;
  fault: Fault | null;
};

export const DEFAULT_CHOICES: LaunchChoices = {
  installation: 'working',
  encounter: 'latest',
  method: 'smart',
  fault: null,
};

const ENCOUNTER_CHOICES = { latest: 'Senaste besöket', none: 'Inget besök' } as const;

/** Only this origin's stylesheet, forms only to the journal and the workspace, never framed. */
export const contentSecurityPolicy = (appOrigin: string): string =>
  [
    "default-src 'none'",
    "style-src 'self'",
    `form-action 'self' ${appOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');

const html = escapeHtml;

function layout(title: string, body: string, header = ''): string {
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)} – Journalsystemet (simulator)</title>
<link rel="stylesheet" href="/styles.css">
</head>
<body>
<a class="skip-link" href="#main">Till innehållet</a>
<header>
<p class="brand">Journalsystemet (simulator)</p>
${header}
</header>
<main id="main">
${body}
</main>
</body>
</html>`;
}

const fullName = (person: StaffMember): string => `${person.given_name} ${person.family_name}`;

const option = (value: string, label: string, selected: boolean): string =>
  `<option value="${html(value)}"${selected ? ' selected' : ''}>${html(label)}</option>`;

function userForm(user: StaffMember, staff: readonly StaffMember[]): string {
  return `<form class="user" method="post" action="/anvandare">
<p>Inloggad i journalen som <strong>${html(fullName(user))}</strong>, ${html(user.title)}</p>
<label for="journal-user">Byt användare</label>
<select id="journal-user" name="user">
${staff.map((person) => option(person.employeeHsaId, `${fullName(person)}, ${person.title}`, person === user)).join('\n')}
</select>
<button type="submit" class="secondary">Byt</button>
</form>`;
}

export type InstallationChoice = Installation & { base: string };

function developerChoices(choices: LaunchChoices, installations: InstallationChoice[]): string {
  const changed = JSON.stringify(choices) !== JSON.stringify(DEFAULT_CHOICES);
  const methods = (Object.entries(METHODS) as [LaunchMethod, string][])
    .map(
      ([value, label]) =>
        `<label><input type="radio" name="method" value="${value}"${value === choices.method ? ' checked' : ''}> ${html(label)}</label>`,
    )
    .join('\n');
  return `<details${changed ? ' open' : ''}>
<summary>Utvecklarval</summary>
<p class="hint">Valen gäller nästa start från patientlistan. Besök och simulerat fel gäller bara SMART-starter.</p>
<div class="field">
<label for="installation">Installation</label>
<select id="installation" name="installation">
${installations.map((i) => option(i.key, `${i.label} (${i.base})`, i.key === choices.installation)).join('\n')}
</select>
</div>
<div class="field">
<label for="encounter">Besök</label>
<select id="encounter" name="encounter">
${Object.entries(ENCOUNTER_CHOICES)
  .map(([value, label]) => option(value, label, value === choices.encounter))
  .join('\n')}
</select>
</div>
<fieldset>
<legend>Startsätt</legend>
${methods}
</fieldset>
<div class="field">
<label for="fault">Simulerat fel</label>
<select id="fault" name="fault">
${option('', 'Inget fel', choices.fault === null)}
${Object.entries(FAULTS)
  .map(([value, label]) => option(value, label, value === choices.fault))
  .join('\n')}
</select>
</div>
</details>`;
}

function patientTable(patients: readonly JournalPatient[]): string {
  const rows = patients
    .map(
      (patient) => `<tr>
<th scope="row">${html(patient.name)}</th>
<td class="nowrap">${html(patient.identifierText)}</td>
<td>${html(patient.description)}</td>
<td><button type="submit" class="primary" name="patientId" value="${html(patient.id)}">Öppna <span class="visually-hidden">${html(patient.name)}</span> i 1177 för vårdpersonal</button></td>
</tr>`,
    )
    .join('\n');
  return `<div class="table-wrap" role="region" aria-labelledby="patients-caption" tabindex="0">
<table>
<caption id="patients-caption">Patienter i journalen</caption>
<thead><tr><th scope="col">Namn</th><th scope="col">Personnummer</th><th scope="col">Beskrivning</th><th scope="col"><span class="visually-hidden">Åtgärd</span></th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`;
}

const timeOf = (iso: string): string =>
  new Date(iso).toLocaleTimeString('sv-SE', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

function launchTable(
  launches: readonly LaunchSummary[],
  installations: InstallationChoice[],
): string {
  if (launches.length === 0) return '<p>Inga starter ännu.</p>';
  const label = (key: InstallationKey) => installations.find((i) => i.key === key)?.label ?? key;
  const rows = launches
    .map(
      (launch) => `<tr>
<td class="nowrap"><time datetime="${html(launch.createdAt)}">${html(timeOf(launch.createdAt))}</time></td>
<td>${html(launch.patientName)}</td>
<td>${launch.method === 'smart' ? html(label(launch.installation)) : '–'}</td>
<td>${html(METHODS[launch.method])}</td>
<td>${launch.fault ? html(FAULTS[launch.fault]) : 'Inget'}</td>
<td>${html(launch.statusText)}${launch.detail ? `<br><span class="hint">${html(launch.detail)}</span>` : ''}</td>
<td class="url"><a href="${html(launch.launchUrl)}" target="_blank" rel="noopener">${html(launch.launchUrl)}</a></td>
</tr>`,
    )
    .join('\n');
  return `<div class="table-wrap" role="region" aria-labelledby="launches-caption" tabindex="0">
<table>
<caption id="launches-caption">Starter från journalen, senaste först</caption>
<thead><tr><th scope="col">Tid</th><th scope="col">Patient</th><th scope="col">Installation</th><th scope="col">Startsätt</th><th scope="col">Fel</th><th scope="col">Status</th><th scope="col">Startadress</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`;
}

function clientList(clients: readonly SmartClient[], authServerIssuer: string): string {
  const entries = clients
    .map((client) => {
      const auth =
        client.authMethod === 'none'
          ? 'Ingen hemlighet (publik klient), PKCE med S256'
          : `Signerad JWT (private_key_jwt), nyckel ${client.jwks.map((key) => key.kid).join(', ')}`;
      return `<h3>${html(client.name)}</h3>
<dl>
<dt>Klient-id</dt><dd><code>${html(client.clientId)}</code></dd>
<dt>Autentisering</dt><dd>${html(auth)}</dd>
<dt>Återhoppsadresser</dt><dd><ul>${client.redirectUris.map((uri) => `<li><code>${html(uri)}</code></li>`).join('')}</ul></dd>
</dl>`;
    })
    .join('\n');
  return `<p>Appar som är registrerade hos journalens auktoriseringsserver, <code>${html(authServerIssuer)}</code>.</p>
${entries}`;
}

export type JournalPageProps = {
  user: StaffMember;
  staff: readonly StaffMember[];
  patients: readonly JournalPatient[];
  choices: LaunchChoices;
  installations: InstallationChoice[];
  launches: readonly LaunchSummary[];
  clients: readonly SmartClient[];
  authServerIssuer: string;
};

export function journalPage(props: JournalPageProps): string {
  return layout(
    'Patienter',
    `<h1>Patienter</h1>
<p class="hint">Endast för utveckling och test: ett påhittat journalsystem som öppnar 1177 för vårdpersonal med en patient, på samma sätt som ett riktigt journalsystem. Patienterna och användarna är påhittade.</p>
<form method="post" action="/launches" target="_blank">
${developerChoices(props.choices, props.installations)}
<section aria-labelledby="patients-heading">
<h2 id="patients-heading">Patientlista</h2>
<p class="hint">Arbetsytan öppnas i en ny flik.</p>
${patientTable(props.patients)}
</section>
</form>
<section aria-labelledby="launches-heading">
<h2 id="launches-heading">Senaste starter</h2>
<p><a href="/">Uppdatera listan</a></p>
${launchTable(props.launches, props.installations)}
</section>
<section aria-labelledby="clients-heading">
<h2 id="clients-heading">Klienter</h2>
${clientList(props.clients, props.authServerIssuer)}
</section>`,
    userForm(props.user, props.staff),
  );
}

export type ErrorPageProps = {
  /** What happened, in Swedish. */
  message: string;
  /** Technical details for developers, e.g. the OAuth parameters that were wrong. */
  details?: { term: string; description: string }[];
};

export function errorPage(props: ErrorPageProps): string {
  const details = props.details?.length
    ? `<dl>${props.details.map((d) => `<dt>${html(d.term)}</dt><dd>${html(d.description)}</dd>`).join('')}</dl>`
    : '';
  return layout(
    'Något gick fel',
    `<section aria-labelledby="error-heading">
<h1 id="error-heading">Något gick fel</h1>
<p class="error">${html(props.message)}</p>
${details}
<p><a href="/">Till journalens patientlista</a></p>
</section>`,
  );
}
