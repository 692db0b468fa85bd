import { issuerLabel, registeredIssuer } from './issuers';

const REGISTERED = ['https://fhir.region.example/r4', 'http://localhost:4404/fhir'];

describe('registeredIssuer', () => {
  it('accepts a registered FHIR base, with or without a trailing slash', () => {
    expect(registeredIssuer('https://fhir.region.example/r4', REGISTERED)).toBe(REGISTERED[0]);
    expect(registeredIssuer('https://fhir.region.example/r4/', REGISTERED)).toBe(REGISTERED[0]);
    expect(registeredIssuer('http://localhost:4404/fhir', REGISTERED)).toBe(REGISTERED[1]);
  });

  it.each([
    ['another host', 'https://evil.example/r4'],
    ['a look-alike host', 'https://fhir.region.example.evil.example/r4'],
    ['another path on a registered host', 'https://fhir.region.example/r4/../attacker'],
    ['a longer path', 'https://fhir.region.example/r4/extra'],
    ['another scheme', 'http://fhir.region.example/r4'],
    ['another port', 'http://localhost:4405/fhir'],
    ['credentials in the address', 'https://user:pw@fhir.region.example/r4'],
    ['a query', 'https://fhir.region.example/r4?x=1'],
    ['a fragment', 'https://fhir.region.example/r4#x'],
    ['javascript:', 'javascript:alert(1)'],
    ['not a URL', 'fhir.region.example/r4'],
    ['empty', ''],
  ])('refuses %s', (_, iss) => {
    expect(registeredIssuer(iss, REGISTERED)).toBeNull();
  });

  it('names only the origin of an address a link may have forged', () => {
    expect(issuerLabel('https://evil.example/some/long/path?x=1')).toBe('https://evil.example');
    expect(issuerLabel('inte en adress')).toBe('okänd adress');
  });
});
