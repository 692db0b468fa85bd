import fc from 'fast-check';
import { containsIdentityNumber } from './identity-number-like';
import { scrubAddress } from './address-scrub';

function addressBar(href: string) {
  const url = new URL(href, 'https://vardpersonal.example');
  const win = {
    location: { pathname: url.pathname, search: url.search, hash: url.hash } as Location,
    history: {
      state: null,
      replaceState(_state: unknown, _unused: string, next: string) {
        const replaced = new URL(next, url);
        win.location = {
          pathname: replaced.pathname,
          search: replaced.search,
          hash: replaced.hash,
        } as Location;
      },
    } as unknown as History,
  };
  const current = () => `${win.location.pathname}${win.location.search}${win.location.hash}`;
  return { win, current };
}

describe('scrubAddress', () => {
  it.each([
    ['/launch/fortsatt?patient=191212121212', '/launch/fortsatt'],
    ['/sok?q=19121212-1212&typ=vardprogram', '/sok?typ=vardprogram'],
    ['/sok?q=19121212%E2%80%931212', '/sok'],
    ['/sok?q=191212+1212', '/sok'],
    ['/tjanster#pnr=121212-1212', '/tjanster'],
    ['/patient/191212121212/journal', '/patient/journal'],
    ['/191212121212', '/'],
  ])('takes the number out of %s', (href, expected) => {
    const { win, current } = addressBar(href);
    expect(scrubAddress({}, win)).toBe(true);
    expect(current()).toBe(expected);
  });

  it.each([
    '/sok?q=diabetes',
    '/inkorg/webcert/123456',
    '/sok?q=2026-12-06',
    '/kunskap/e11-vardprogram',
  ])('leaves %s alone', (href) => {
    const { win, current } = addressBar(href);
    expect(scrubAddress({}, win)).toBe(false);
    expect(current()).toBe(href);
  });

  it('leaves an identity provider’s return alone: its random state may look like a number', () => {
    const { win, current } = addressBar('/callback?code=abc&state=1912121212aa');
    expect(scrubAddress({ protocolPaths: ['/callback'] }, win)).toBe(false);
    expect(current()).toBe('/callback?code=abc&state=1912121212aa');
  });

  it('leaves no number in any address it is given', () => {
    const number = fc
      .tuple(
        fc.constantFrom('19', '20', ''),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom('', '-', '–', '+', ' ', '‑'),
      )
      .map(([century, year, month, day, last, separator]) => {
        const pad = (n: number, width = 2) => String(n).padStart(width, '0');
        return `${century}${pad(year)}${pad(month)}${pad(day)}${separator}${pad(last, 4)}`;
      });
    const place = fc.constantFrom('path', 'param', 'name', 'hash');
    fc.assert(
      fc.property(number, place, fc.webSegment(), (pnr, where, other) => {
        const encoded = encodeURIComponent(pnr);
        const href =
          where === 'path'
            ? `/a/${encoded}/${other}`
            : where === 'param'
              ? `/sok?x=${encodeURIComponent(other)}&q=${encoded}`
              : where === 'name'
                ? `/sok?${encoded}=1`
                : `/sok#${encoded}`;
        const { win, current } = addressBar(href);
        scrubAddress({}, win);
        expect(containsIdentityNumber(decodeURIComponent(current()))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
