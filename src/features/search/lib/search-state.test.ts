import { paths } from '@/config/paths';
import { parseSearchState, searchHref, toggleFilter } from './search-state';

describe('search state in the URL', () => {
  it('round-trips words, facets, sort and page', () => {
    const state = {
      q: 'central venkateter',
      filters: { audience: ['sjukskoterska', 'lakare'], patientMaterial: ['true'] },
      sort: 'updated' as const,
      page: 3,
    };
    const href = searchHref(state);
    expect(href).toBe(
      '/sok?q=central+venkateter&malgrupp=sjukskoterska&malgrupp=lakare&patientmaterial=true&sortering=senast&sida=3',
    );
    expect(parseSearchState(new URL(href, 'http://x').searchParams)).toEqual(state);
  });

  it('reads the links of the start page and the services page', () => {
    const audience = new URL(paths.search.getHref({ malgrupp: 'barnmorska' }), 'http://x');
    expect(parseSearchState(audience.searchParams)).toEqual({
      q: '',
      filters: { audience: ['barnmorska'] },
      sort: 'relevance',
      page: 1,
    });
    const code = new URL(paths.search.getHref({ q: 'J44.1' }), 'http://x');
    expect(parseSearchState(code.searchParams).q).toBe('J44.1');
  });

  it('ignores nonsense pages and sorts, and leaves defaults out of the URL', () => {
    const state = parseSearchState(new URLSearchParams('sida=-4&sortering=x&q=%20'));
    expect(state).toMatchObject({ page: 1, sort: 'relevance' });
    expect(searchHref(state)).toBe('/sok');
  });

  it('toggles a value and drops an emptied facet', () => {
    const on = toggleFilter({}, 'region', 'sjodal');
    expect(on).toEqual({ region: ['sjodal'] });
    expect(toggleFilter(on, 'region', 'sjodal')).toEqual({});
  });
});
