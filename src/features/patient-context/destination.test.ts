import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { destinationPath, parseDestination, DESTINATION_MESSAGE } from './destination';

const ORIGIN = 'https://vardpersonal.example';

/** Strings an attacker would try, mixed with ones that look like ours. */
const hostile = fc.oneof(
  fc.string(),
  fc.webUrl(),
  fc.webUrl().map((url) => url.replace(/^https?:/, '')),
  fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/%2F%2Fevil.example',
    'https://evil.example/sok',
    'sok?q=x#@evil.example',
    '/kunskap/../../evil',
    'tjanst/webcert?next=https://evil.example',
    '\t//evil.example',
    '/ /evil.example',
  ),
  fc
    .tuple(
      fc.constantFrom('', '/', '//', '\\', 'http:', 'https://', '/\\'),
      fc.constantFrom('sok', 'kunskap/', 'tjanst/', 'inkorg', 'start', 'evil.example/'),
      fc.string(),
    )
    .map((parts) => parts.join('')),
);

describe('parseDestination – properties', () => {
  it('never yields a path that leaves the app', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const result = parseDestination(input);
        if (!result.ok) return;
        const path = destinationPath(result.destination);
        expect(path.startsWith('/')).toBe(true);
        expect(path.startsWith('//')).toBe(false);
        expect(path).not.toContain('\\');
        const url = new URL(path, ORIGIN);
        expect(url.origin).toBe(ORIGIN);
        expect(
          ['/tjanster', '/inkorg', '/sok'].includes(url.pathname) ||
            /^\/kunskap\/[a-z0-9-]+$/.test(url.pathname),
        ).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        parseDestination(input);
      }),
    );
  });

  it('keeps any search text inside the query string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parseDestination(`sok?${new URLSearchParams({ q: text })}`);
        if (!result.ok) return;
        const url = new URL(destinationPath(result.destination), ORIGIN);
        expect(url.pathname).toBe('/sok');
        expect(url.searchParams.get('q') ?? '').toBe(text.trim());
      }),
    );
  });
});

describe('parseDestination – examples', () => {
  it.each([
    [undefined, '/tjanster'],
    ['', '/tjanster'],
    ['start', '/tjanster'],
    ['/tjanster', '/tjanster'],
    ['inkorg', '/inkorg'],
    ['/inkorg', '/inkorg'],
    ['sok', '/sok'],
    ['sok?q=diabetes typ 2', '/sok?q=diabetes+typ+2'],
    ['/kunskap/kol-j44', '/kunskap/kol-j44'],
    ['tjanst/webcert', '/tjanster'],
  ])('%j → %s', (input, path) => {
    const result = parseDestination(input);
    expect(result.ok && destinationPath(result.destination)).toBe(path);
  });

  it('remembers which service was asked for', () => {
    expect(parseDestination('tjanst/webcert')).toEqual({
      ok: true,
      destination: { kind: 'service', serviceId: 'webcert' },
    });
  });

  it.each([
    'https://evil.example/',
    '//evil.example',
    'javascript:alert(1)',
    '/admin',
    'kunskap/',
    'kunskap/KOL',
    'kunskap/a/b',
    'inkorg?x=1',
  ])('%j is refused', (input) => {
    expect(parseDestination(input)).toEqual({ ok: false, message: DESTINATION_MESSAGE });
  });

  it.each([
    'sok?q=19121212-1212',
    'sok?q=19121212–1212',
    'sok?q=19121212%E2%80%931212',
    'sok?q=121212+1212',
    'sok?q=19+12+12-12+12',
    'sok?q=1912.12.12-1212',
    'sok?q=prov%20121212%E2%80%911212',
    '/sok?q=191212121212',
    'kunskap/121212-1212',
    'tjanst/19121212-1212',
  ])('refuses %j, which carries an identity number, without repeating it', (input) => {
    const result = parseDestination(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/personnummer/);
    expect(!result.ok && result.message).not.toContain('1212');
  });
});
