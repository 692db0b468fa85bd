import { STAFF, findStaff, identityClaimsOf } from '../../../mocks/idp/staff';
import { ClaimsError, LOA2, LOA3, parseStaffProfile } from './claims';

const claimsOf = (accountId: string) => ({
  sub: accountId,
  ...identityClaimsOf(findStaff(accountId)!),
});

describe('parseStaffProfile', () => {
  it.each(STAFF.map((person) => [person.accountId]))('reads the claims of %s', (accountId) => {
    const person = findStaff(accountId)!;
    const profile = parseStaffProfile(claimsOf(accountId));
    expect(profile.employeeHsaId).toBe(person.employeeHsaId);
    expect(profile.fullName).toBe(`${person.given_name} ${person.family_name}`);
    expect(profile.commissions).toHaveLength(person.commissions.length);
    expect(profile.loa).toBe(person.login.method === 'siths' ? 3 : 2);
  });

  it('gives the doctor both commissions with unit and provider', () => {
    const profile = parseStaffProfile(claimsOf('lakare'));
    expect(profile.commissions.map((c) => c.healthCareUnitName)).toEqual([
      'Vårdcentralen Norrbacka',
      'Vårdcentralen Sjöstaden',
    ]);
    expect(profile.commissions[0]!.healthCareProviderName).toBe('Region Norrbacka');
  });

  it('keeps the administrator’s system role', () => {
    expect(parseStaffProfile(claimsOf('vardadministrator')).systemRoles).toEqual(['EFK;Användare']);
  });

  it('never assumes the stronger login: a missing or unknown acr is LoA 2', () => {
    expect(parseStaffProfile({ ...claimsOf('lakare'), acr: undefined }).loa).toBe(2);
    expect(parseStaffProfile({ ...claimsOf('lakare'), acr: 'urn:something' }).loa).toBe(2);
    expect(parseStaffProfile({ ...claimsOf('lakare'), acr: LOA2 }).loa).toBe(2);
    expect(parseStaffProfile({ ...claimsOf('underskoterska'), acr: LOA3 }).loa).toBe(3);
  });

  it('treats missing commissions and system roles as none', () => {
    const { commissions: _c, systemRole: _s, ...rest } = claimsOf('lakare');
    const profile = parseStaffProfile(rest);
    expect(profile.commissions).toEqual([]);
    expect(profile.systemRoles).toEqual([]);
  });

  it('refuses a login without an HSA-id, naming what is missing', () => {
    const { employeeHsaId: _id, ...rest } = claimsOf('lakare');
    expect(() => parseStaffProfile(rest)).toThrow(ClaimsError);
    expect(() => parseStaffProfile(rest)).toThrow(/employeeHsaId/);
  });

  it('refuses an HSA-id in the wrong format', () => {
    expect(() =>
      parseStaffProfile({ ...claimsOf('lakare'), employeeHsaId: '19121212-1212' }),
    ).toThrow(ClaimsError);
    const badCommission = {
      ...findStaff('lakare')!.commissions[0]!,
      healthCareUnitHsaId: 'SE123-X',
    };
    expect(() =>
      parseStaffProfile({ ...claimsOf('lakare'), commissions: [badCommission] }),
    ).toThrow(/commissions\.0\.healthCareUnitHsaId/);
  });
});
