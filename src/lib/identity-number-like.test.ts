import fc from 'fast-check';
import { containsIdentityNumber, containsIdentityNumberPart } from './identity-number-like';

describe('containsIdentityNumber', () => {
  it.each([
    '191212121212',
    '19121212-1212',
    '121212-1212',
    '121212+1212',
    '1212121212',
    'provsvar 19121212 - 1212',
    // The spellings that passed the three earlier checks (issue 15).
    '19121212–1212',
    '191212 1212',
    '19 12 12-12 12',
    '1912.12.12-1212',
    '121212\u20111212',
    '121212\u22121212',
    '121212\u00A01212',
    'pnr:191212-1212.',
    '\uFF11\uFF19\uFF11\uFF12\uFF11\uFF12\uFF11\uFF12\uFF11\uFF12\uFF11\uFF12',
    '1912\u00AD1212-1212',
    'samordningsnummer 19800762-3450',
    'okänd dag 800760-1239',
  ])('finds the identity number in %j', (text) => {
    expect(containsIdentityNumber(text)).toBe(true);
    expect(containsIdentityNumberPart(text)).toBe(true);
  });

  it.each([
    'J44.1',
    'kateter',
    'I50 hjärtsvikt',
    '2025-03-10',
    '2026-12-06',
    '2026-12-06 14:00',
    '2026-12-06–2026-12-24',
    '08-123 456 78',
    '070-123 45 67',
    'SE2321000016-ABCD',
    '12345',
    '1234567890123',
    '19121212121',
  ])('leaves %j alone', (text) => {
    expect(containsIdentityNumber(text)).toBe(false);
  });

  it('finds less than its stricter sibling: a whole number is always a part of one too', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789 -–.+a'), maxLength: 24 }),
        (text) => {
          if (containsIdentityNumber(text)) expect(containsIdentityNumberPart(text)).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('containsIdentityNumberPart', () => {
  it.each(['121212', '1912 12', 'Tolvan 191212121212', '19121212–12'])('finds %j', (text) => {
    expect(containsIdentityNumberPart(text)).toBe(true);
  });

  it.each(['J44.1', '12345', 'recept 2026'])('leaves %j alone', (text) => {
    expect(containsIdentityNumberPart(text)).toBe(false);
  });
});
