import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The app's rule, only to compare: the service itself never imports it.
import { containsIdentityNumber } from '../../src/lib/identity-number-like';
import { looksLikeIdentityNumber } from './identity-number-rule';

const SEPARATORS = [
  ' ',
  '\u00A0',
  '\u202F',
  '\t',
  '-',
  '\u2010',
  '\u2011',
  '\u2013',
  '\u2014',
  '\u2212',
  '.',
  '+',
];
const OTHER = ['a', 'Ö', ':', ',', '/', '(', '#', '\u00AD', '\u200B', '\uFF11', '\uFF19'];
const DIGITS = '0123456789'.split('');

/** Text from digits, separators and a few other characters: most of it near the rule's edges. */
const nearText = fc
  .array(fc.constantFrom(...DIGITS, ...DIGITS, ...SEPARATORS, ...OTHER), { maxLength: 32 })
  .map((chars) => chars.join(''));

const pair = (min: number, max: number) =>
  fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
const separators = (maxLength: number) =>
  fc.array(fc.constantFrom(...SEPARATORS), { maxLength }).map((chars) => chars.join(''));
/** Mostly none or one separator, now and then more than the rule allows. */
const gap = fc.oneof(
  { arbitrary: fc.constant(''), weight: 3 },
  { arbitrary: separators(1), weight: 3 },
  { arbitrary: separators(4), weight: 1 },
);

/** Pairs laid out like a number, with any month and day, any gaps, in other text. */
const numberLike = fc
  .record({
    before: nearText,
    century: fc.option(fc.constantFrom('17', '18', '19', '20', '21')),
    pairs: fc.tuple(pair(0, 99), pair(0, 19), pair(0, 99), pair(0, 99), pair(0, 99)),
    gaps: fc.array(gap, { minLength: 5, maxLength: 5 }),
    after: nearText,
  })
  .map(({ before, century, pairs, gaps, after }) => {
    const body = pairs.map((p, i) => (i === 0 ? p : `${gaps[i]}${p}`)).join('');
    return `${before}${century === null ? '' : `${century}${gaps[0]}`}${body}${after}`;
  });

describe('the search service and the app read "looks like an identity number" the same way', () => {
  it('on the same generated texts', () => {
    let tried = 0;
    let flagged = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          { arbitrary: numberLike, weight: 4 },
          { arbitrary: nearText, weight: 1 },
          { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
        ),
        (text) => {
          tried++;
          const app = containsIdentityNumber(text);
          if (app) flagged++;
          expect(looksLikeIdentityNumber(text), JSON.stringify(text)).toBe(app);
        },
      ),
      { numRuns: 20_000 },
    );
    // Both sides of the rule were tried, not only texts that are plainly no number at all.
    expect(flagged).toBeGreaterThan(tried / 20);
  });

  it.each(['19121212–1212', '191212 1212', '19 12 12-12 12', '1912.12.12-1212', '121212‑1212'])(
    'refuses %s',
    (text) => {
      expect(looksLikeIdentityNumber(`prov ${text} igår`)).toBe(true);
    },
  );

  it.each(['2026-12-06', '08-123 456 78', 'SE2321000016-ABCD', 'J44.1', '1234567890123'])(
    'lets %s through',
    (text) => {
      expect(looksLikeIdentityNumber(text)).toBe(false);
    },
  );
});
