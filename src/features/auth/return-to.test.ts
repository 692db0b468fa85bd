import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it('keeps a path inside the app with its query and hash', () => {
    expect(safeReturnTo('/tjanster?q=intyg#lista')).toBe('/tjanster?q=intyg#lista');
  });

  it.each([
    ['https://evil.example/', 'an absolute URL'],
    ['//evil.example/path', 'a protocol-relative URL'],
    ['javascript:alert(1)', 'a javascript: URL'],
    ['/\\evil.example', 'a backslash trick'],
    ['tjanster', 'a relative path'],
    [undefined, 'nothing'],
    [42, 'a number'],
  ])('falls back for %s (%s)', (candidate, _what) => {
    expect(safeReturnTo(candidate)).toBe('/tjanster');
  });
});
