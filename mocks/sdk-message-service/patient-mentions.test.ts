import { describe, expect, it } from 'vitest';
import { patientsNamedIn } from './patient-mentions';

const NOW = new Date('2026-12-07T10:00:00Z');

describe('the patients a message names', () => {
  it('reads 12- and 10-digit identity numbers and coordination numbers with a right check digit', () => {
    expect(patientsNamedIn('SIP för Tolvan (19121212-1212) och 191212121212.', NOW)).toEqual([
      '191212121212',
    ]);
    // Ten digits: the latest century that does not put the birth ahead.
    expect(patientsNamedIn('Barnen 150407-2461 och 121212-1212', NOW)).toEqual([
      '201504072461',
      '201212121212',
    ]);
    // "+": a hundred years or older.
    expect(patientsNamedIn('Född 1912: 121212+1212', NOW)).toEqual(['191212121212']);
    // A coordination number: the day plus 60.
    expect(patientsNamedIn('Samordningsnummer 19800762-3450', NOW)).toEqual(['198007623450']);
  });

  it('leaves phone numbers, dates and wrong check digits alone', () => {
    expect(
      patientsNamedIn(
        'Ring 0123-456 78 eller 070-123 45 67. Mötet 2026-12-14. Fel siffra: 19121212-1213. HSA SE2321000016-E1101.',
        NOW,
      ),
    ).toEqual([]);
  });
});
