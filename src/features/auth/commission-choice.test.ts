import { findStaff } from '../../../mocks/idp/staff';
import {
  orderForChoice,
  readActiveCommissionId,
  readLastChoice,
  resolveActiveCommission,
  storeActiveCommission,
} from './commission-choice';

const doctor = findStaff('lakare')!;
const [norrbacka, sjostaden] = doctor.commissions as [
  (typeof doctor.commissions)[number],
  (typeof doctor.commissions)[number],
];
const nurse = findStaff('radgivningssjukskoterska')!;

describe('resolveActiveCommission', () => {
  it('chooses the only commission without asking', () => {
    expect(resolveActiveCommission(nurse.commissions, null)).toBe(nurse.commissions[0]);
  });

  it('asks when there are several and none is chosen', () => {
    expect(resolveActiveCommission(doctor.commissions, null)).toBeNull();
  });

  it('keeps the tab’s choice while it is in the token', () => {
    expect(resolveActiveCommission(doctor.commissions, sjostaden.commissionHsaId)).toBe(sjostaden);
  });

  it('ignores a stored choice that is no longer in the token', () => {
    expect(resolveActiveCommission(doctor.commissions, 'SE2321000016-GONE')).toBeNull();
    expect(resolveActiveCommission(nurse.commissions, sjostaden.commissionHsaId)).toBe(
      nurse.commissions[0],
    );
  });

  it('has nothing to choose for a person without commissions', () => {
    expect(resolveActiveCommission([], null)).toBeNull();
  });
});

describe('remembering the choice', () => {
  it('keeps the active commission per tab and the last choice per person', () => {
    storeActiveCommission(doctor.employeeHsaId, sjostaden.commissionHsaId);
    expect(readActiveCommissionId()).toBe(sjostaden.commissionHsaId);
    expect(sessionStorage.getItem('vardpersonal.activeCommission')).toBe(sjostaden.commissionHsaId);
    expect(readLastChoice(doctor.employeeHsaId)).toBe(sjostaden.commissionHsaId);
    expect(readLastChoice(nurse.employeeHsaId)).toBeNull();
  });

  it('offers the last choice first', () => {
    expect(orderForChoice(doctor.commissions, sjostaden.commissionHsaId)).toEqual([
      sjostaden,
      norrbacka,
    ]);
    expect(orderForChoice(doctor.commissions, null)).toEqual([norrbacka, sjostaden]);
  });
});
