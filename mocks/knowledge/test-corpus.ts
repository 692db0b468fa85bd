/**
 * A small, fixed corpus for tests, so they never depend on the sample corpus that grows.
 * Its PVK text carries hostile HTML on purpose: the pages must strip it.
 */
import type { KnowledgeDocument, KnowledgeSource } from '../../src/lib/knowledge/schema';
import type { KnowledgeCorpus } from './store';

const source = (
  fields: Partial<KnowledgeSource> & Pick<KnowledgeSource, 'id'>,
): KnowledgeSource => ({
  name: 'Källa',
  publisher: 'Utgivare',
  publisherType: 'inera',
  approved: true,
  authority: [],
  description: 'En källa i testkorpusen.',
  homepage: 'https://kunskap.exempel.se/test',
  region: null,
  ...fields,
});

const doc = (
  fields: Partial<KnowledgeDocument> & Pick<KnowledgeDocument, 'id' | 'source' | 'title'>,
): KnowledgeDocument => ({
  summary: 'En sammanfattning av texten.',
  body: '<h2>Bakgrund</h2><p>Text.</p>',
  contentType: 'metodbeskrivning',
  audience: ['sjukskoterska'],
  region: null,
  addsTo: null,
  icd10: [],
  keywords: [],
  updated: '2025-01-15',
  responsible: 'Redaktionen',
  references: [],
  patientMaterial: false,
  version: 1,
  url: null,
  history: [],
  ...fields,
});

export const testCorpus: KnowledgeCorpus = {
  regions: [
    { id: 'norrbacka', name: 'Region Norrbacka' },
    { id: 'sjodal', name: 'Region Sjödal' },
    { id: 'vastmark', name: 'Region Västmark' },
  ],
  sources: [
    source({
      id: 'handbok-vard-omsorg',
      name: 'Handboken för vård och omsorg',
      publisher: 'Nationella redaktionen för vård och omsorg',
      publisherType: 'inera',
      authority: ['omvårdnad', 'perifer venkateter'],
    }),
    source({
      id: 'lakemedelsmyndigheten',
      name: 'Behandlingsrekommendationer om läkemedel',
      publisher: 'Läkemedelsmyndigheten (exempel)',
      publisherType: 'myndighet',
      authority: ['läkemedel'],
    }),
    source({
      id: 'region-norrbacka',
      name: 'Region Norrbackas rutiner',
      publisher: 'Region Norrbacka',
      publisherType: 'region',
      region: 'norrbacka',
    }),
    source({
      id: 'region-sjodal',
      name: 'Region Sjödals rutiner',
      publisher: 'Region Sjödal',
      publisherType: 'region',
      region: 'sjodal',
    }),
  ],
  documents: [
    doc({
      id: 'perifer-venkateter-pvk',
      source: 'handbok-vard-omsorg',
      title: 'Perifer venkateter (PVK)',
      summary: 'Så sätter du och sköter en perifer venkateter.',
      body: [
        '<h2>Inför insättning</h2>',
        '<p>Välj minsta möjliga kateter. Informera patienten.</p>',
        '<script>window.hacked = true</script>',
        '<h3>Val av kateter</h3>',
        '<p>En kort kateter räcker oftast.<img src="x" onerror="window.hacked = true" alt=""></p>',
        '<h2>Skötsel</h2>',
        '<p onclick="window.hacked = true">Inspektera insticksstället varje dag.</p>',
        '<p><a href="javascript:window.hacked = true">Farlig länk</a></p>',
        '<h2>Komplikationer</h2>',
        '<p>Flebit är den vanligaste komplikationen till en kateter.</p>',
      ].join(''),
      audience: ['sjukskoterska', 'underskoterska'],
      keywords: ['perifer venkateter', 'PVK', 'infart'],
      updated: '2025-03-10',
      responsible: 'Nationella redaktionen, Anna Exempel',
      references: [
        { title: 'Vårdhygieniska rutiner, 2024', url: 'https://kunskap.exempel.se/ref/vardhygien' },
        { title: 'Lärobok i omvårdnad, 2023' },
      ],
      version: 3,
      url: 'https://kunskap.exempel.se/pvk',
      history: [
        {
          version: 2,
          updated: '2024-05-02',
          title: 'Perifer venkateter (PVK)',
          summary: 'Tidigare sammanfattning av PVK.',
          body: '<h2>Insättning</h2><p>Version två av texten.</p>',
          changeNote: 'Nytt avsnitt om komplikationer',
        },
        {
          version: 1,
          updated: '2023-02-01',
          title: 'Perifer venkateter',
          summary: 'Första sammanfattningen av PVK.',
          body: '<h2>Insättning</h2><p>Version ett av texten.</p>',
          changeNote: 'Första versionen',
        },
      ],
    }),
    doc({
      id: 'pvk-norrbacka',
      source: 'region-norrbacka',
      title: 'PVK i Region Norrbacka',
      summary: 'Norrbackas rutin för dokumentation av PVK.',
      body: '<h2>Dokumentation</h2><p>Dokumentera i journalens PVK-mall i Norrbacka.</p>',
      region: 'norrbacka',
      addsTo: 'perifer-venkateter-pvk',
      responsible: 'Vårdhygien Norrbacka',
    }),
    doc({
      id: 'pvk-sjodal',
      source: 'region-sjodal',
      title: 'PVK i Region Sjödal',
      summary: 'Sjödals rutin för byte av PVK.',
      body: '<h2>Byte</h2><p>I Sjödal byts katetern efter 72 timmar.</p>',
      region: 'sjodal',
      addsTo: 'perifer-venkateter-pvk',
      responsible: 'Vårdhygien Sjödal',
    }),
    doc({
      id: 'trycksar-patientinformation',
      source: 'handbok-vard-omsorg',
      title: 'Trycksår – råd till dig som patient',
      summary: 'Så förebygger du trycksår hemma.',
      body: '<h2>Vad är ett trycksår?</h2><p>Ett sår som uppstår av tryck.</p><h2>Så förebygger du</h2><p>Byt ställning ofta.</p>',
      contentType: 'patientinformation',
      patientMaterial: true,
      keywords: ['trycksår'],
      icd10: ['L89'],
      updated: '2025-02-01',
    }),
    doc({
      id: 'waran-dosering',
      source: 'lakemedelsmyndigheten',
      title: 'Warfarin – dosering',
      summary: 'Dosering och kontroller vid warfarinbehandling.',
      audience: ['lakare'],
      keywords: ['läkemedel', 'antikoagulantia'],
      updated: '2024-11-20',
    }),
  ],
};
