import { SERVICES } from '../../../mocks/service-catalog/services';
import { matchesQuery } from './search';

/** The ids of the local catalog's services that a query finds. */
const found = (query: string) =>
  SERVICES.filter((service) => matchesQuery(service, query)).map((service) => service.id);

describe('matchesQuery on the local catalog', () => {
  it.each(['sjukintyg', 'läkarintyg', 'FK', 'Försäkringskassan', 'sjukpenning'])(
    '"%s" finds Webcert',
    (query) => expect(found(query)).toContain('webcert'),
  );

  it('finds the services about sick leave by "sjukskrivning", and only Rehabstöd by "sjukfall" among the care services', () => {
    expect(found('sjukskrivning')).toEqual(['webcert', 'rehabstod', 'intygsstatistik']);
    expect(found('sjukfall')).toEqual(['rehabstod', 'intygsstatistik']);
  });

  it('ignores case and diacritics and finds a word by its beginning', () => {
    for (const query of ['sjukint', 'SJUKINTYG', 'forsakringskassan', 'fk', 'Webc']) {
      expect(found(query), query).toContain('webcert');
    }
    expect(found('hogkostnad')).toEqual(['e-frikort']);
  });

  it('finds a word inside a compound once it is four letters or more, but a short one only at the start of a word', () => {
    expect(found('kostnad')).toEqual(['e-frikort']);
    // Not e-frikort for the "fk" in "EFK", nor Hjälpmedelstjänsten for the "pm" in "hjälpmedel".
    expect(found('FK')).toEqual(['webcert']);
    expect(found('PM')).toEqual(['vardhandboken']);
    expect(found('vri')).toEqual(['infektionsverktyget']);
  });

  it('reads a hyphenated word together or apart', () => {
    for (const query of ['e-remiss', 'eremiss', 'e remiss', 'remiss']) {
      expect(found(query), query).toEqual(['elektronisk-remiss']);
    }
    expect(found('efrikort')).toEqual(['e-frikort']);
    expect(found('Högkostnadsskydd/e-frikort')).toEqual(['e-frikort']);
  });

  it('needs every word of the query', () => {
    expect(found('intyg statistik')).toEqual(['intygsstatistik']);
    expect(found('intyg xyzzy')).toEqual([]);
  });

  it.each([
    ['frikort', 'e-frikort'],
    ['patientavgift', 'e-frikort'],
    ['avvikelse', 'nitha'],
    ['händelseanalys', 'nitha'],
    ['vårdhygien', 'infektionsverktyget'],
    ['antibiotika', 'infektionsverktyget'],
    ['1177', 'personalverktyg'],
    ['invånare', 'personalverktyg'],
    ['ärenden', 'personalverktyg'],
    ['bvc', 'rikshandboken'],
    ['barnhälsovård', 'rikshandboken'],
    ['läkemedel', 'sil-online'],
    ['FASS', 'sil-online'],
    ['bibliotek', 'eira'],
    ['artiklar', 'eira'],
    ['KBT', 'stod-och-behandling'],
    ['triage', 'radgivningsstodet'],
    ['rollator', 'hjalpmedelstjansten'],
    ['enkät', 'formularhantering'],
    ['omvårdnad', 'vardhandboken'],
    ['nyckeltal', 'statistiktjansten'],
    ['patientsäkerhet', 'infektionsverktyget'],
    ['kunskapsstöd', 'rikshandboken'],
  ])('"%s" finds %s', (query, id) => expect(found(query)).toContain(id));

  it('matches everything on an empty query, and a service without keywords by its name', () => {
    expect(found('  ')).toHaveLength(SERVICES.length);
    const older = {
      name: 'Intyg – Webcert',
      description: 'Skriv intyg.',
      category: 'Intyg',
      keywords: [],
    };
    expect(matchesQuery(older, 'webcert')).toBe(true);
    expect(matchesQuery(older, 'sjukintyg')).toBe(false);
  });
});
