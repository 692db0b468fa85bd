import { analyze, fold, queryWords, stem, STOP_WORDS } from './text';

describe('Swedish text handling', () => {
  it('keeps å, ä and ö as letters in index terms', () => {
    expect(analyze('Trycksår')).toEqual(['trycksår']);
    expect(analyze('hår')).not.toEqual(analyze('har'));
  });

  it('folds them only in the lookup key, so a query without them finds the word', () => {
    expect(fold('trycksår')).toBe('trycksar');
    expect(fold('hjärtsvikt')).toBe('hjartsvikt');
    expect(fold('ödem')).toBe('odem');
  });

  it('stems definite and plural forms to the same term', () => {
    expect(stem('trycksåren')).toBe(stem('trycksår'));
    expect(stem('katetrar')).toBe(stem('kateter'));
    expect(stem('katetern')).toBe(stem('kateter'));
    expect(stem('infektionerna')).toBe(stem('infektion'));
    expect(stem('lungor')).toBe(stem('lunga'));
  });

  it('keeps "var" (pus) searchable while real stop words go', () => {
    expect(STOP_WORDS.has('var')).toBe(false);
    expect(queryWords('var i såret')).toEqual(['var', 'såret']);
    expect(queryWords('och att det')).toEqual([]);
  });

  it('keeps ICD-10 codes whole and also indexes the code without decimals', () => {
    expect(analyze('J44.1')).toEqual(['j44.1', 'j44']);
    expect(queryWords('J44.1')).toEqual(['j44.1']);
  });
});
