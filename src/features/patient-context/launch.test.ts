import { describe, expect, it } from 'vitest';
import { captureLaunch, launchProblem, readPendingLaunch, validateLaunch } from './launch';

function fakeWindow(href: string) {
  const url = new URL(href, 'https://vardpersonal.example');
  const replaced: string[] = [];
  return {
    win: {
      location: { pathname: url.pathname, search: url.search, hash: url.hash } as Location,
      history: {
        replaceState: (_state: unknown, _unused: string, next: string) => replaced.push(next),
      } as unknown as History,
      sessionStorage,
    },
    replaced,
  };
}

describe('captureLaunch', () => {
  it('moves a direct launch into the session and replaces the address', () => {
    const { win, replaced } = fakeWindow(
      '/launch?patient=19121212-1212&careUnit=SE2321000016-1A2B&to=inkorg&icd10=E11',
    );
    expect(captureLaunch({ directLaunchEnabled: true }, win)).toBe(true);
    expect(replaced).toEqual(['/launch']);
    expect(readPendingLaunch()).toEqual({
      method: 'direct',
      fields: {
        patient: '19121212-1212',
        careUnit: 'SE2321000016-1A2B',
        to: 'inkorg',
        icd10: 'E11',
      },
    });
    expect(localStorage.length).toBe(0);
  });

  it('drops the number unread where the direct form is switched off, and still cleans the address', () => {
    const { win, replaced } = fakeWindow('/launch?patient=19121212-1212');
    captureLaunch({ directLaunchEnabled: false }, win);
    expect(replaced).toEqual(['/launch']);
    expect(readPendingLaunch()).toEqual({ method: 'direct-disabled' });
    expect(JSON.stringify(sessionStorage)).not.toContain('1212');
  });

  it('takes iss and launch as a SMART launch, before the handle of the same name', () => {
    const { win, replaced } = fakeWindow(
      '/launch?iss=https%3A%2F%2Ffhir.region.example%2Fr4&launch=xyz.123_~-abc',
    );
    expect(captureLaunch({ directLaunchEnabled: false }, win)).toBe(true);
    expect(replaced).toEqual(['/launch']);
    expect(readPendingLaunch()).toEqual({
      method: 'smart',
      iss: 'https://fhir.region.example/r4',
      launch: 'xyz.123_~-abc',
    });
    captureLaunch(
      { directLaunchEnabled: true },
      fakeWindow('/launch?iss=https%3A%2F%2Ffhir.example&launch=%3Cscript%3E').win,
    );
    expect(readPendingLaunch()).toMatchObject({ method: 'smart', launch: '' });
    expect(launchProblem(readPendingLaunch())?.title).toBe(
      'Starten från journalsystemet är felaktig',
    );
  });

  it('keeps a well-formed handle and marks a malformed one', () => {
    captureLaunch(
      { directLaunchEnabled: true },
      fakeWindow('/launch?launch=abcdefghijklmnop1234').win,
    );
    expect(readPendingLaunch()).toEqual({ method: 'handle', handle: 'abcdefghijklmnop1234' });
    captureLaunch({ directLaunchEnabled: true }, fakeWindow('/launch?launch=<script>').win);
    expect(readPendingLaunch()).toEqual({ method: 'handle', handle: '' });
  });

  it.each(['/launch/', '/LAUNCH', '/Launch//'])(
    'captures a launch written as %s, and the address loses the number',
    (path) => {
      const { win, replaced } = fakeWindow(`${path}?patient=191212121212&to=sok`);
      expect(captureLaunch({ directLaunchEnabled: true }, win)).toBe(true);
      expect(replaced).toEqual(['/launch']);
      expect(readPendingLaunch()).toMatchObject({
        method: 'direct',
        fields: { patient: '191212121212' },
      });
    },
  );

  it('leaves every other page alone', () => {
    const { win, replaced } = fakeWindow('/sok?q=19121212');
    expect(captureLaunch({ directLaunchEnabled: true }, win)).toBe(false);
    expect(replaced).toEqual([]);
  });
});

describe('validateLaunch', () => {
  it('lists every problem, none of them repeating the number', () => {
    const result = validateLaunch({
      patient: '19121212-1213',
      careUnit: 'vårdcentralen',
      to: 'https://evil.example',
      icd10: 'E11,19121212',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(4);
    expect(result.errors.join(' ')).not.toMatch(/1212/);
  });

  it('accepts a complete launch', () => {
    expect(
      validateLaunch({
        patient: '19121212-1212',
        careUnit: 'SE2321000016-1A2B',
        to: 'sok?q=astma',
        icd10: 'e11 J45.0',
      }),
    ).toMatchObject({
      ok: true,
      launch: {
        identityNumber: { value: '191212121212' },
        careUnit: { hsaId: 'SE2321000016-1A2B', name: null },
        destination: { kind: 'search', query: 'astma' },
        icd10: ['E11', 'J45.0'],
      },
    });
  });
});
