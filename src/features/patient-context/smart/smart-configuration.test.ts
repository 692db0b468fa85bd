import { checkSmartConfiguration } from './smart-configuration';

const GOOD = {
  authorization_endpoint: 'https://ehr.example/auth/authorize',
  token_endpoint: 'https://ehr.example/auth/token',
  capabilities: ['launch-ehr', 'context-ehr-patient', 'client-public'],
  code_challenge_methods_supported: ['S256'],
};

describe('checkSmartConfiguration', () => {
  it('accepts a configuration with the endpoints, the EHR-launch capabilities and S256', () => {
    expect(checkSmartConfiguration(GOOD)).toMatchObject({ ok: true });
  });

  it('refuses a configuration without S256', () => {
    for (const methods of [undefined, [], ['plain']]) {
      const check = checkSmartConfiguration({ ...GOOD, code_challenge_methods_supported: methods });
      expect(check).toEqual({ ok: false, message: expect.stringMatching(/PKCE med S256/) });
    }
  });

  it('names the missing capabilities', () => {
    expect(checkSmartConfiguration({ ...GOOD, capabilities: ['launch-standalone'] })).toEqual({
      ok: false,
      message: expect.stringMatching(/saknar launch-ehr, context-ehr-patient/),
    });
  });

  it('names the missing or malformed fields', () => {
    const { token_endpoint: _, ...withoutToken } = GOOD;
    expect(checkSmartConfiguration(withoutToken)).toEqual({
      ok: false,
      message: expect.stringMatching(/token_endpoint/),
    });
    expect(
      checkSmartConfiguration({ ...GOOD, authorization_endpoint: 'javascript:alert(1)' }),
    ).toEqual({ ok: false, message: expect.stringMatching(/authorization_endpoint/) });
    expect(checkSmartConfiguration('<html>')).toMatchObject({ ok: false });
  });
});
