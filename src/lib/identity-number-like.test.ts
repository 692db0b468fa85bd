import { containsIdentityNumber } from './identity-number-like';

describe('containsIdentityNumber', () => {
  it.each([
    '191212121212',
    '19121212-1212',
    '121212-1212',
    '121212+1212',
    '1212121212',
    'provsvar 19121212 - 1212',
  ])('finds the identity number in %s', (text) => {
    expect(containsIdentityNumber(text)).toBe(true);
  });

  it.each(['J44.1', 'kateter', 'I50 hjärtsvikt', '2025-03-10', '12345', '1234567890123'])(
    'leaves %s alone',
    (text) => {
      expect(containsIdentityNumber(text)).toBe(false);
    },
  );
});
