import fc from 'fast-check';
import { checkLaunchAddress, LAUNCH_REFUSALS } from './launch-address';

const ALLOWED = ['https://webcert.example.se', 'http://localhost:4401'];

/** Addresses a catalog could hold that must never be opened, each with the reason given. */
const KNOWN_BAD: [string, string][] = [
  ['javascript:alert(1)', LAUNCH_REFUSALS.insecure],
  ['JAVASCRIPT:alert(1)', LAUNCH_REFUSALS.insecure],
  ['java\tscript:alert(1)', LAUNCH_REFUSALS.insecure],
  ['javascript://webcert.example.se/%0aalert(1)', LAUNCH_REFUSALS.insecure],
  ['data:text/html,<script>alert(1)</script>', LAUNCH_REFUSALS.insecure],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', LAUNCH_REFUSALS.insecure],
  ['vbscript:msgbox(1)', LAUNCH_REFUSALS.insecure],
  ['blob:https://webcert.example.se/1', LAUNCH_REFUSALS.insecure],
  ['file:///etc/passwd', LAUNCH_REFUSALS.insecure],
  ['ftp://webcert.example.se/', LAUNCH_REFUSALS.insecure],
  ['ws://localhost:4401/', LAUNCH_REFUSALS.insecure],
  ['http://webcert.example.se/', LAUNCH_REFUSALS.insecure],
  ['http://localhost.evil.example:4401/', LAUNCH_REFUSALS.insecure],
  ['http://127.0.0.1.evil.example/', LAUNCH_REFUSALS.insecure],
  ['https://evil.example/', LAUNCH_REFUSALS.origin('evil.example')],
  [
    'https://webcert.example.se.evil.example/',
    LAUNCH_REFUSALS.origin('webcert.example.se.evil.example'),
  ],
  ['https://evil.example/?https://webcert.example.se', LAUNCH_REFUSALS.origin('evil.example')],
  ['https://webcert.example.se:8443/', LAUNCH_REFUSALS.origin('webcert.example.se:8443')],
  ['http://localhost:4499/', LAUNCH_REFUSALS.origin('localhost:4499')],
  ['https://user:pass@webcert.example.se/', LAUNCH_REFUSALS.invalid],
  ['https://webcert.example.se@evil.example/', LAUNCH_REFUSALS.invalid],
  ['//webcert.example.se/', LAUNCH_REFUSALS.invalid],
  ['/tjanster', LAUNCH_REFUSALS.invalid],
  ['webcert.example.se', LAUNCH_REFUSALS.invalid],
  [' https://webcert.example.se/', LAUNCH_REFUSALS.invalid],
  ['https://webcert.example.se/\n', LAUNCH_REFUSALS.invalid],
  ['', LAUNCH_REFUSALS.invalid],
  ['https:webcert.example.se', LAUNCH_REFUSALS.invalid],
  ['https:\\\\webcert.example.se', LAUNCH_REFUSALS.invalid],
  ['https:/webcert.example.se', LAUNCH_REFUSALS.invalid],
];

describe('checkLaunchAddress', () => {
  it('opens https on a listed origin, and http only on this computer', () => {
    expect(checkLaunchAddress('https://webcert.example.se/?tjanst=a', ALLOWED)).toMatchObject({
      ok: true,
    });
    expect(checkLaunchAddress('http://localhost:4401/?tjanst=a', ALLOWED)).toMatchObject({
      ok: true,
    });
  });

  it.each(KNOWN_BAD)('refuses %j and says why', (address, reason) => {
    expect(checkLaunchAddress(address, ALLOWED)).toEqual({ ok: false, reason });
  });

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, {}, new URL('https://webcert.example.se/')]) {
      expect(checkLaunchAddress(value, ALLOWED).ok).toBe(false);
    }
  });

  it('opens nothing generated but https or local http on a listed origin', () => {
    const scheme = fc.constantFrom(
      'https:',
      'http:',
      'javascript:',
      'data:',
      'HTTPS:',
      'ftp:',
      'blob:',
      'vbscript:',
      '',
      ' ',
    );
    const host = fc.constantFrom(
      'webcert.example.se',
      'localhost:4401',
      'localhost',
      '127.0.0.1:4401',
      'evil.example',
      'webcert.example.se.evil.example',
      'webcert.example.se@evil.example',
      '[::1]:4401',
      '',
    );
    const rest = fc.constantFrom('', '/', '/x?y=1', '#a', '%0a', '\t', '\\', '//evil.example');
    const generated = fc
      .tuple(scheme, fc.constantFrom('//', '/', '', '\\\\'), host, rest)
      .map((parts) => parts.join(''));
    let tried = 0;
    fc.assert(
      fc.property(fc.oneof(generated, fc.string(), fc.webUrl()), (address) => {
        tried++;
        const result = checkLaunchAddress(address, ALLOWED);
        if (!result.ok) return;
        expect(ALLOWED).toContain(result.url.origin);
        expect(['https:', 'http:']).toContain(result.url.protocol);
        if (result.url.protocol === 'http:') expect(result.url.hostname).toBe('localhost');
      }),
      { numRuns: 10_000 },
    );
    console.info(
      `Startadresser: ${KNOWN_BAD.length} kända och ${tried} genererade prövade; bara https (lokalt http) på listade ursprung öppnas.`,
    );
  });
});
