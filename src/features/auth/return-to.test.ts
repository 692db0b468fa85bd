import fc from 'fast-check';
import { safeReturnTo } from './return-to';

const FALLBACK = '/tjanster';
const APP = 'https://vardpersonal.example';

/** Where a browser would go from the app's own page with this address: the app, or elsewhere. */
const staysInApp = (path: string) => new URL(path, `${APP}/inkorg/a/b`).origin === APP;

/** What a result must be: a path in the app that says the same after normalising again. */
function expectSafe(result: string) {
  expect(result.startsWith('/')).toBe(true);
  expect(result.startsWith('//') || result.startsWith('/\\')).toBe(false);
  expect(staysInApp(result)).toBe(true);
  expect(safeReturnTo(result)).toBe(result);
}

/** Known ways to leave the app, each tried as written and after a leading "/". */
const KNOWN_BAD = [
  'https://evil.example/',
  'http://evil.example',
  'HTTPS://evil.example',
  'https:evil.example',
  'https:/evil.example',
  '//evil.example/path',
  '///evil.example',
  '////evil.example',
  '/.//evil.example',
  '/././/evil.example',
  '/a/..//evil.example',
  '/a/b/../..//evil.example',
  '/..//evil.example',
  '/%2e//evil.example',
  '/%2e%2e//evil.example',
  '/a/%2e%2e//evil.example',
  '/%2f%2fevil.example',
  '/%2F%2Fevil.example',
  '/%2f/evil.example',
  '/%5c%5cevil.example',
  '/%5C/evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/\\/evil.example',
  '/\\\\evil.example',
  '\\/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '/\u0000/evil.example',
  '/\t\\evil.example',
  '\t//evil.example',
  ' //evil.example',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://evil.example/x',
  'mailto:a@evil.example',
  'tjanster',
  'evil.example',
  '@evil.example',
  '.evil.example',
  '',
  '%2f%2fevil.example',
];

describe('safeReturnTo', () => {
  it('keeps a path inside the app with its query and hash', () => {
    expect(safeReturnTo('/tjanster?q=intyg#lista')).toBe('/tjanster?q=intyg#lista');
    expect(safeReturnTo('/kunskap/kol/../pvk')).toBe('/kunskap/pvk');
    expect(safeReturnTo('/sok?q=a%2F%2Fb')).toBe('/sok?q=a%2F%2Fb');
  });

  it.each([
    ['https://evil.example/', 'an absolute URL'],
    ['//evil.example/path', 'a protocol-relative URL'],
    ['javascript:alert(1)', 'a javascript: URL'],
    ['/\\evil.example', 'a backslash trick'],
    ['/.//evil.example', 'a dot segment that normalises to //host'],
    ['/a/..//evil.example', 'a parent segment that normalises to //host'],
    ['tjanster', 'a relative path'],
    [undefined, 'nothing'],
    [42, 'a number'],
  ])('falls back for %j (%s)', (candidate, _what) => {
    expect(safeReturnTo(candidate)).toBe(FALLBACK);
  });

  it('refuses every known way out of the app; after one more slash they are harmless paths', () => {
    for (const bad of KNOWN_BAD) expect(safeReturnTo(bad), JSON.stringify(bad)).toBe(FALLBACK);
    for (const bad of KNOWN_BAD) expectSafe(safeReturnTo(`/${bad}`));
    console.info(
      `Återvändoadresser: ${KNOWN_BAD.length * 2} kända felaktiga former prövade (${KNOWN_BAD.length} med och utan inledande snedstreck).`,
    );
  });

  it('never lets a generated address leave the app, however it is put together', () => {
    const piece = fc.constantFrom(
      '/',
      '//',
      '\\',
      '.',
      '..',
      '%2e',
      '%2f',
      '%2F',
      '%5c',
      '\t',
      '\n',
      ' ',
      '@',
      ':',
      'a',
      'evil.example',
      'javascript:',
      'https:',
      '?',
      '#',
      '%',
      '%00',
    );
    const generated = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
    let tried = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          generated,
          generated.map((g) => `/${g}`),
          fc.string(),
        ),
        (candidate) => {
          tried++;
          expectSafe(safeReturnTo(candidate));
        },
      ),
      { numRuns: 10_000 },
    );
    console.info(`Återvändoadresser: ${tried} genererade adresser prövade, ingen lämnade appen.`);
  });

  it('keeps every ordinary path of the app as it is', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    const path = fc
      .tuple(
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.option(fc.stringMatching(/^[a-z]{1,5}=[a-z0-9]{0,8}$/), { nil: undefined }),
      )
      .map(([segments, query]) => `/${segments.join('/')}${query ? `?${query}` : ''}`);
    fc.assert(
      fc.property(path, (p) => {
        expect(safeReturnTo(p)).toBe(p);
      }),
      { numRuns: 1000 },
    );
  });
});
