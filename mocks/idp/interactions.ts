import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Interaction, Provider } from 'oidc-provider';
import { LOA2, LOA3, STAFF, findStaff } from './staff';
import { errorPage, loginPage, type Page } from './views';

/** The login page and its form posts: GET /interaction/:uid, POST /interaction/:uid/<step>. */
export async function handleInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const [, , uid, step] = pathname.split('/');

  let details: Interaction;
  try {
    details = await provider.interactionDetails(req, res);
  } catch {
    // Missing or expired interaction cookie: typically an old tab or the back button.
    return send(res, 400, errorPage({ message: 'Inloggningen har gått ut eller hittades inte.' }));
  }
  if (details.uid !== uid)
    return send(res, 400, errorPage({ message: 'Inloggningen hittades inte.' }));

  const renderLogin = async (status: number, failedUsername?: string) => {
    const client = details.params.client_id
      ? await provider.Client.find(details.params.client_id)
      : undefined;
    send(
      res,
      status,
      loginPage({
        uid,
        clientName: client?.clientName ?? client?.clientId ?? 'tjänsten',
        sithsPeople: STAFF.filter((person) => person.login.method === 'siths'),
        passwordPeople: STAFF.filter((person) => person.login.method === 'password'),
        failedUsername,
      }),
    );
  };

  if (req.method === 'GET' && step === undefined) {
    // Both clients are first-party: loadExistingGrant grants consent, so login is the only prompt.
    if (details.prompt.name !== 'login') {
      return send(
        res,
        400,
        errorPage({ message: 'Oväntat steg i inloggningen.', code: details.prompt.name }),
      );
    }
    return renderLogin(200);
  }
  if (req.method !== 'POST') return send(res, 405, errorPage({ message: 'Metoden stöds inte.' }));

  const form = await readForm(req);
  switch (step) {
    // `remember: false`: a session cookie, so the provider's session ends with the browser and the
    // next person at a shared computer is not logged in as the previous one.
    case 'siths': {
      const person = findStaff(form.get('accountId') ?? '');
      if (person?.login.method !== 'siths') return renderLogin(400);
      return provider.interactionFinished(req, res, {
        login: { accountId: person.accountId, acr: LOA3, amr: ['sc', 'pin'], remember: false },
      });
    }
    case 'password': {
      const username = form.get('username') ?? '';
      const person = STAFF.find(
        (candidate) =>
          candidate.login.method === 'password' &&
          candidate.login.username === username &&
          candidate.login.password === form.get('password'),
      );
      if (!person) return renderLogin(400, username);
      return provider.interactionFinished(req, res, {
        login: { accountId: person.accountId, acr: LOA2, amr: ['pwd'], remember: false },
      });
    }
    case 'abort':
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'Inloggningen avbröts av användaren.' },
        { mergeWithLastSubmission: false },
      );
    default:
      return send(res, 404, errorPage({ message: 'Sidan finns inte.' }));
  }
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 10_000) break; // a login form is tiny
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export function send(res: ServerResponse, status: number, page: Page): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': page.csp,
    'Cache-Control': 'no-store',
  });
  res.end(page.html);
}
