import { within } from '@testing-library/dom';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { STAFF } from './staff';
import { errorPage, loggedOutPage, loginPage, logoutPage, type LoginPageProps } from './views';

/** Puts a whole server-rendered page into jsdom's document (its scripts do not run). */
function show(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(
    document.importNode(parsed.documentElement, true),
    document.documentElement,
  );
}

/** Queries on the current body (testing-library's `screen` keeps the body it started with). */
const view = () => within(document.body);

async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    // jsdom has no layout or canvas; contrast is checked in a real browser.
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

const props: LoginPageProps = {
  uid: 'abc123',
  clientName: '1177 för vårdpersonal',
  sithsPeople: STAFF.filter((person) => person.login.method === 'siths'),
  passwordPeople: STAFF.filter((person) => person.login.method === 'password'),
};

describe('identity provider pages', () => {
  it('offers every SITHS card holder as a button named by name, title and workplace', async () => {
    show(loginPage(props).html);
    expect(document.documentElement.lang).toBe('sv');
    expect(view().getByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    expect(
      view().getByRole('heading', { level: 2, name: 'Logga in med SITHS-kort' }),
    ).toBeInTheDocument();
    expect(
      view().getByRole('button', { name: 'Anna Lindqvist, Läkare, Vårdcentralen Norrbacka' }),
    ).toBeInTheDocument();
    for (const person of props.sithsPeople) {
      expect(
        view().getByRole('button', {
          name: new RegExp(`^${person.given_name} ${person.family_name}, `),
        }),
      ).toBeInTheDocument();
    }
    expect(view().getByLabelText('Användarnamn')).toHaveAttribute('autocomplete', 'username');
    expect(view().getByLabelText('Lösenord')).toHaveAttribute('type', 'password');
    expect(view().getByRole('button', { name: 'Logga in' })).toBeInTheDocument();
    expect(view().getByRole('button', { name: 'Avbryt' })).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it('links the error message to the fields after a failed password login', async () => {
    show(loginPage({ ...props, failedUsername: 'fatima.haddad' }).html);
    const username = view().getByLabelText('Användarnamn');
    expect(username).toHaveValue('fatima.haddad');
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveAccessibleDescription('Fel användarnamn eller lösenord.');
    expect(view().getByLabelText('Lösenord')).toHaveAccessibleDescription(
      'Fel användarnamn eller lösenord.',
    );
    expect(view().getByRole('alert')).toHaveTextContent('Fel användarnamn eller lösenord.');
    expect(await axeViolations()).toEqual([]);
  });

  it('renders errors in Swedish and escapes what it shows', async () => {
    show(errorPage({ code: 'invalid_request', description: '<img src=x onerror=alert(1)>' }).html);
    expect(view().getByRole('heading', { level: 1, name: 'Något gick fel' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(view().getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it('submits the logout form by itself, with a button when scripts are off', async () => {
    const page = logoutPage(
      '<form id="op.logoutForm" method="post" action="/session/end/confirm"><input type="hidden" name="xsrf" value="x"/></form>',
    );
    // The inline script is allowed by its hash and nothing else.
    expect(page.csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    show(page.html);
    expect(view().getByRole('heading', { level: 1, name: 'Loggar ut …' })).toBeInTheDocument();
    expect(document.querySelector('input[name="logout"]')).toHaveValue('yes');
    expect(await axeViolations()).toEqual([]);

    show(loggedOutPage().html);
    expect(view().getByRole('heading', { level: 1, name: 'Du är utloggad' })).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });
});
