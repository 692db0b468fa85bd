/** ICD-10 chapters by code range: the "diagnos" facet groups codes by chapter. */
export const ICD10_CHAPTERS = [
  { value: 'A00-B99', from: 'A00', to: 'B99', label: 'Infektionssjukdomar' },
  { value: 'C00-D48', from: 'C00', to: 'D48', label: 'Tumörer' },
  { value: 'D50-D89', from: 'D50', to: 'D89', label: 'Blodsjukdomar och immunitet' },
  {
    value: 'E00-E90',
    from: 'E00',
    to: 'E90',
    label: 'Endokrina sjukdomar, nutrition och ämnesomsättning',
  },
  { value: 'F00-F99', from: 'F00', to: 'F99', label: 'Psykiska sjukdomar och syndrom' },
  { value: 'G00-G99', from: 'G00', to: 'G99', label: 'Nervsystemets sjukdomar' },
  { value: 'H00-H59', from: 'H00', to: 'H59', label: 'Ögats sjukdomar' },
  { value: 'H60-H95', from: 'H60', to: 'H95', label: 'Öronsjukdomar' },
  { value: 'I00-I99', from: 'I00', to: 'I99', label: 'Cirkulationsorganens sjukdomar' },
  { value: 'J00-J99', from: 'J00', to: 'J99', label: 'Andningsorganens sjukdomar' },
  { value: 'K00-K93', from: 'K00', to: 'K93', label: 'Matsmältningsorganens sjukdomar' },
  { value: 'L00-L99', from: 'L00', to: 'L99', label: 'Hudens sjukdomar' },
  { value: 'M00-M99', from: 'M00', to: 'M99', label: 'Muskuloskeletala sjukdomar' },
  { value: 'N00-N99', from: 'N00', to: 'N99', label: 'Urin- och könsorganens sjukdomar' },
  { value: 'O00-O99', from: 'O00', to: 'O99', label: 'Graviditet och förlossning' },
  { value: 'P00-P96', from: 'P00', to: 'P96', label: 'Perinatala tillstånd' },
  { value: 'Q00-Q99', from: 'Q00', to: 'Q99', label: 'Medfödda missbildningar' },
  { value: 'R00-R99', from: 'R00', to: 'R99', label: 'Symtom och onormala fynd' },
  { value: 'S00-T98', from: 'S00', to: 'T98', label: 'Skador och förgiftningar' },
  { value: 'V01-Y98', from: 'V01', to: 'Y98', label: 'Yttre orsaker' },
  { value: 'Z00-Z99', from: 'Z00', to: 'Z99', label: 'Faktorer av betydelse för hälsotillståndet' },
  { value: 'U00-U99', from: 'U00', to: 'U99', label: 'Koder för särskilda ändamål' },
] as const;

/** The chapter value of a code ("J44.1" → "J00-J99"), or null for a malformed code. */
export function icd10Chapter(code: string): string | null {
  const head = code.trim().toUpperCase().slice(0, 3);
  if (!/^[A-Z]\d{2}$/.test(head)) return null;
  const chapter = ICD10_CHAPTERS.find((c) => head >= c.from && head <= c.to);
  return chapter?.value ?? null;
}
