import { describe, expect, it } from 'vitest';
import { DEV } from '../dev-config';
import { findStaff, LOA2, LOA3, STAFF, type Commission, type StaffMember } from '../idp/staff';
import type { Caller } from '../lib/verify-token';
import { evaluateAccess } from './access';
import { findService, SERVICES, SYSTEM_ROLE_NAMES, type Service } from './services';

// Written out here, not derived from services.ts, so a changed rule fails a test.
const OPEN = ['eira', 'rikshandboken', 'sil-online', 'vardhandboken'];
const CARE_AND_TREATMENT = [
  'elektronisk-remiss',
  'formularhantering',
  'hjalpmedelstjansten',
  'infektionsverktyget',
  'nitha',
  'personalverktyg',
  'radgivningsstodet',
  'rehabstod',
  'stod-och-behandling',
  'webcert',
];
const STATISTICS = ['intygsstatistik', 'statistiktjansten'];

const NONE = 'inget uppdrag';

/** accountId → active commission (or NONE) → the exact services granted. */
const EXPECTED_GRANTS: Record<string, Record<string, string[]>> = {
  lakare: {
    'SE2321000016-C1001': [...CARE_AND_TREATMENT, ...OPEN],
    'SE2321000016-C1002': [...CARE_AND_TREATMENT, ...OPEN],
    [NONE]: OPEN,
  },
  sjukskoterska: {
    'SE2321000016-C9001': [...CARE_AND_TREATMENT, ...OPEN],
    [NONE]: OPEN,
  },
  radgivningssjukskoterska: {
    'SE2321000016-C2001': [...CARE_AND_TREATMENT, ...OPEN],
    [NONE]: OPEN,
  },
  // Password login (LoA 2) and no commission: the open services only.
  underskoterska: { [NONE]: OPEN },
  skolskoterska: {
    'SE2120000142-C4001': [...CARE_AND_TREATMENT, ...OPEN],
    [NONE]: OPEN,
  },
  // Administration: no Webcert, but e-frikort through the system role, whatever the commission.
  vardadministrator: {
    'SE2321000016-C5001': ['e-frikort', 'hjalpmedelstjansten', ...OPEN],
    [NONE]: ['e-frikort', ...OPEN],
  },
  'lakare-utan-uppdrag': { [NONE]: OPEN },
  statistiker: {
    'SE2321000016-C7001': [...STATISTICS, ...OPEN],
    [NONE]: OPEN,
  },
  // Administration at the health centre; the log-review role opens no catalog service.
  verksamhetschef: {
    'SE2321000016-C8001': ['hjalpmedelstjansten', ...OPEN],
    [NONE]: OPEN,
  },
  // A municipal nurse with a care commission gets the care services like the region's staff.
  hemsjukskoterska: {
    'SE2120000142-C1101': [...CARE_AND_TREATMENT, ...OPEN],
    [NONE]: OPEN,
  },
};

/** The caller as verify-token.ts builds it from this person's token. */
function callerOf(person: StaffMember): Caller {
  const siths = person.login.method === 'siths';
  return {
    employeeHsaId: person.employeeHsaId,
    givenName: person.given_name,
    familyName: person.family_name,
    title: person.title,
    acr: siths ? LOA3 : LOA2,
    loa: siths ? 3 : 2,
    systemRoles: person.systemRole,
    commissions: person.commissions,
  };
}

const staff = (accountId: string): StaffMember => {
  const person = findStaff(accountId);
  if (!person) throw new Error(`No test person ${accountId}`);
  return person;
};

const service = (id: string): Service => {
  const found = findService(id);
  if (!found) throw new Error(`No service ${id}`);
  return found;
};

const commissionOf = (person: StaffMember, commissionHsaId: string): Commission | null =>
  person.commissions.find((commission) => commission.commissionHsaId === commissionHsaId) ?? null;

function grantedIds(caller: Caller | null, activeCommission: Commission | null): string[] {
  return SERVICES.filter((s) => evaluateAccess(s, caller, activeCommission).granted)
    .map((s) => s.id)
    .sort();
}

function reasonsFor(serviceId: string, caller: Caller | null, activeCommission: Commission | null) {
  const decision = evaluateAccess(service(serviceId), caller, activeCommission);
  return decision.granted ? [] : decision.reasons;
}

describe('evaluateAccess for every test person', () => {
  it('covers every person in STAFF, with each of their commissions and with none', () => {
    const cases = Object.fromEntries(
      STAFF.map((person) => [
        person.accountId,
        [...person.commissions.map((c) => c.commissionHsaId), NONE].sort(),
      ]),
    );
    const expected = Object.fromEntries(
      Object.entries(EXPECTED_GRANTS).map(([accountId, byCommission]) => [
        accountId,
        Object.keys(byCommission).sort(),
      ]),
    );
    expect(expected).toEqual(cases);
  });

  const rows = Object.entries(EXPECTED_GRANTS).flatMap(([accountId, byCommission]) =>
    Object.entries(byCommission).map(([commission, ids]) => ({ accountId, commission, ids })),
  );

  it.each(rows)(
    '$accountId ($commission) gets exactly the expected services',
    ({ accountId, commission, ids }) => {
      const person = staff(accountId);
      const active = commission === NONE ? null : commissionOf(person, commission);
      expect(grantedIds(callerOf(person), active)).toEqual([...ids].sort());
    },
  );

  it('gives every refusal at least one reason', () => {
    for (const person of STAFF) {
      for (const active of [null, ...person.commissions]) {
        for (const s of SERVICES) {
          const decision = evaluateAccess(s, callerOf(person), active);
          if (!decision.granted)
            expect(decision.reasons.length, `${person.accountId} ${s.id}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('reasons', () => {
  it('tells the Undersköterska (password login, no commission) both what login and what commission she lacks', () => {
    const caller = callerOf(staff('underskoterska'));
    expect(reasonsFor('webcert', caller, null)).toEqual([
      {
        code: 'siths_required',
        message: 'Kräver inloggning med SITHS-kort – du är inloggad med lösenord',
      },
      {
        code: 'commission_purpose_required',
        message: 'Kräver medarbetaruppdrag med syftet Vård och behandling',
      },
    ]);
    expect(reasonsFor('e-frikort', caller, null)).toEqual([
      {
        code: 'siths_required',
        message: 'Kräver inloggning med SITHS-kort – du är inloggad med lösenord',
      },
      {
        code: 'system_role_required',
        message:
          'Kräver behörighet som användare av e-frikort. Den ges av din behörighetsadministratör.',
      },
    ]);
  });

  it('tells the Läkare without commission that a commission is needed', () => {
    expect(reasonsFor('webcert', callerOf(staff('lakare-utan-uppdrag')), null)).toEqual([
      {
        code: 'commission_purpose_required',
        message: 'Kräver medarbetaruppdrag med syftet Vård och behandling',
      },
    ]);
  });

  it('asks a Läkare who has not chosen a commission to choose one that grants', () => {
    expect(reasonsFor('webcert', callerOf(staff('lakare')), null)).toEqual([
      {
        code: 'commission_purpose_required',
        message:
          'Kräver medarbetaruppdrag med syftet Vård och behandling – välj ett sådant uppdrag',
      },
    ]);
  });

  it('asks to switch when another of the caller’s commissions would grant', () => {
    const lakare = staff('lakare');
    const statistiker = staff('statistiker');
    const caller = {
      ...callerOf(lakare),
      commissions: [...lakare.commissions, ...statistiker.commissions],
    };
    const statisticsCommission = commissionOf(statistiker, 'SE2321000016-C7001');
    expect(reasonsFor('webcert', caller, statisticsCommission)).toEqual([
      {
        code: 'commission_purpose_required',
        message:
          'Kräver medarbetaruppdrag med syftet Vård och behandling – byt till ett sådant uppdrag',
      },
    ]);
    expect(evaluateAccess(service('intygsstatistik'), caller, statisticsCommission)).toEqual({
      granted: true,
    });
  });

  it('refuses the Vårdadministratör Webcert and the Statistiker care services, without a hint they cannot follow', () => {
    const admin = staff('vardadministrator');
    expect(
      reasonsFor('webcert', callerOf(admin), commissionOf(admin, 'SE2321000016-C5001')),
    ).toEqual([
      {
        code: 'commission_purpose_required',
        message: 'Kräver medarbetaruppdrag med syftet Vård och behandling',
      },
    ]);
    expect(
      reasonsFor('intygsstatistik', callerOf(admin), commissionOf(admin, 'SE2321000016-C5001')),
    ).toEqual([
      {
        code: 'commission_purpose_required',
        message: 'Kräver medarbetaruppdrag med syftet Statistik',
      },
    ]);
    const statistiker = staff('statistiker');
    expect(
      reasonsFor(
        'hjalpmedelstjansten',
        callerOf(statistiker),
        commissionOf(statistiker, 'SE2321000016-C7001'),
      ),
    ).toEqual([
      {
        code: 'commission_purpose_required',
        message: 'Kräver medarbetaruppdrag med syftet Vård och behandling eller Administration',
      },
    ]);
  });

  it('without a caller grants only the open services and asks for a SITHS login', () => {
    expect(grantedIds(null, null)).toEqual(OPEN);
    expect(reasonsFor('webcert', null, null)).toEqual([
      { code: 'login_required', message: 'Kräver inloggning med SITHS-kort' },
      {
        code: 'commission_purpose_required',
        message: 'Kräver medarbetaruppdrag med syftet Vård och behandling',
      },
    ]);
  });
});

describe('rules', () => {
  const lakare = staff('lakare');

  it('ignores an active commission the caller does not hold', () => {
    const foreign = commissionOf(staff('radgivningssjukskoterska'), 'SE2321000016-C2001');
    expect(grantedIds(callerOf(staff('lakare-utan-uppdrag')), foreign)).toEqual(OPEN);
  });

  it('lets either a purpose or a system role grant, and names both when neither is there', () => {
    const both: Service = {
      ...service('intygsstatistik'),
      grantedBy: { purposes: ['Statistik'], systemRoles: ['INTYG;Statistik'] },
    };
    const caller = callerOf(lakare);
    const active = commissionOf(lakare, 'SE2321000016-C1001');
    expect(evaluateAccess(both, caller, active)).toEqual({
      granted: false,
      reasons: [
        {
          code: 'commission_purpose_or_system_role_required',
          // A role the catalog has no readable name for is shown by its code.
          message:
            'Kräver medarbetaruppdrag med syftet Statistik eller behörigheten INTYG;Statistik (systemroll). Behörigheten ges av din behörighetsadministratör.',
        },
      ],
    });
    expect(evaluateAccess(both, { ...caller, systemRoles: ['INTYG;Statistik'] }, active)).toEqual({
      granted: true,
    });
  });

  it('names each of several system roles in words, and any of them grants', () => {
    const either: Service = {
      ...service('e-frikort'),
      grantedBy: { purposes: [], systemRoles: ['EFK;Användare', 'EFK;Administratör'] },
    };
    const caller = { ...callerOf(lakare), systemRoles: [] };
    expect(evaluateAccess(either, caller, null)).toEqual({
      granted: false,
      reasons: [
        {
          code: 'system_role_required',
          message:
            'Kräver behörighet som användare av e-frikort eller behörigheten EFK;Administratör (systemroll). Den ges av din behörighetsadministratör.',
        },
      ],
    });
    expect(
      evaluateAccess(either, { ...caller, systemRoles: ['EFK;Administratör'] }, null).granted,
    ).toBe(true);
  });

  it('does not let a system role make up for a password login', () => {
    const caller = { ...callerOf(staff('vardadministrator')), acr: LOA2, loa: 2 as const };
    expect(evaluateAccess(service('e-frikort'), caller, null).granted).toBe(false);
  });
});

describe('seed data', () => {
  it('has unique kebab-case ids and names that say what the service does before the product name', () => {
    const ids = SERVICES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SERVICES) {
      expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.name.endsWith(` – ${s.productName}`), s.name).toBe(true);
      expect(s.productionUrl).toMatch(/^https:\/\//);
    }
  });

  it('gives every service words to be found by that its name does not already hold', () => {
    for (const s of SERVICES) {
      const nameWords = s.name.toLocaleLowerCase('sv').split(/[^\p{L}\p{N}-]+/u);
      expect(s.keywords.length, s.id).toBeGreaterThanOrEqual(5);
      expect(new Set(s.keywords).size, s.id).toBe(s.keywords.length);
      for (const keyword of s.keywords) {
        expect(nameWords, `${s.id}: ${keyword}`).not.toContain(keyword.toLocaleLowerCase('sv'));
      }
    }
  });

  it('has a readable name for every system role that grants a service', () => {
    for (const s of SERVICES) {
      for (const role of s.grantedBy.systemRoles) {
        expect(SYSTEM_ROLE_NAMES[role], `${s.id}: ${role}`).toMatch(/^[a-zåäö]/);
      }
    }
  });

  it('opens login services through the demo service with single sign-on, and open services on their public sites', () => {
    for (const s of SERVICES) {
      if (s.requiredLogin.method === 'none') {
        expect(s.singleSignOn, s.id).toBe(false);
        expect(s.launchUrl, s.id).toMatch(/^https:\/\//);
        expect(s.grantedBy).toEqual({ purposes: [], systemRoles: [] });
      } else {
        expect(s.singleSignOn, s.id).toBe(true);
        expect(s.launchUrl, s.id).toBe(`${DEV.demoServiceOrigin}/?tjanst=${s.id}`);
      }
    }
  });
});
