/**
 * A labelled query set for the sample corpus (mocks/data/knowledge): for each query, the
 * documents a clinician would expect to find. Typed the way staff type: abbreviations,
 * synonyms, ICD-10 codes, no å/ä/ö, inflected forms, typos and compound parts. Used by
 * `npm run bench:search` for recall@10 and MRR of every engine.
 */
export type LabelledQuery = { query: string; kind: string; relevant: string[] };

const KOL = [
  'kol-j44',
  'kol-exacerbation-j44-1',
  'patientinfo-leva-med-kol',
  'nr-astma-kol',
  'norrbacka-kol-vardkedja',
  'sjodal-kol-lakemedel',
  'vastmark-kol-rehabilitering',
];
const CVK = ['central-venkateter-cvk', 'norrbacka-cvk-venport', 'picc-line'];
const PVK = [
  'perifer-venkateter-pvk',
  'norrbacka-pvk-rutin',
  'sjodal-pvk-rutin',
  'vastmark-pvk-rutin',
  'film-pvk-insattning',
];
const TRYCKSAR = [
  'trycksar-prevention',
  'trycksar-riskbedomning',
  'trycksar-behandling',
  'patientinfo-trycksar',
  'checklista-trycksar-daglig',
  'trycksarsprevention-i-hemmet',
  'norrbacka-trycksar-prevention',
  'sjodal-trycksar-prevention',
  'vastmark-trycksar-prevention',
  'vastmark-trycksar-behandling',
];
const HJARTSVIKT = ['hjartsvikt-i50', 'norrbacka-hjartsvikt', 'nr-hjartsjukvard'];
const DIABETES = [
  'diabetes-typ-2-e11',
  'patientinfo-diabetes-typ-2',
  'nr-diabetes',
  'norrbacka-diabetes-typ-2',
  'insulinbehandling-typ-2',
];
const FALL = [
  'fallprevention',
  'fallrisk-bedomning',
  'norrbacka-fallprevention',
  'fall-ordinart-boende',
  'patientinfo-undvik-fall',
  'checklista-efter-fall',
];
const HYPERTONI = [
  'hypertoni-i10',
  'patientinfo-hogt-blodtryck',
  'sjodal-hypertoni',
  'blodtryck-hemmamatning',
];
const UVI = ['urinvagsinfektion-kvinna-n39', 'sjodal-uvi-kvinna', 'patientinfo-urinvagsinfektion'];
const KAD = [
  'kvarliggande-urinkateter',
  'norrbacka-kvarliggande-urinkateter',
  'checklista-kad-kateterisering',
];
const UNDERNARING = ['nutrition-undernaring', 'mna-nutritionsbedomning', 'sjodal-nutrition'];
const CALICI = [
  'calicivirus-vinterkraksjuka',
  'vastmark-calici-utbrott',
  'vastmark-patient-magsjuka',
  'gastroenterit-a09',
  'patientinfo-magsjuka',
];

export const RELEVANCE_QUERIES: LabelledQuery[] = [
  { query: 'cvk', kind: 'förkortning', relevant: CVK },
  { query: 'central venkateter', kind: 'synonym', relevant: CVK },
  { query: 'pvk', kind: 'förkortning', relevant: PVK },
  { query: 'perifer venkateter', kind: 'flera ord', relevant: PVK },
  { query: 'trycksår', kind: 'ett ord', relevant: TRYCKSAR },
  { query: 'trycksar', kind: 'utan å/ä/ö', relevant: TRYCKSAR },
  { query: 'trycksåren', kind: 'böjningsform', relevant: TRYCKSAR },
  { query: 'dekubitus', kind: 'synonym', relevant: TRYCKSAR },
  { query: 'kol', kind: 'förkortning', relevant: KOL },
  { query: 'J44', kind: 'ICD-10', relevant: KOL },
  {
    query: 'J44.1',
    kind: 'ICD-10',
    relevant: [
      'kol-exacerbation-j44-1',
      'kol-j44',
      'norrbacka-kol-vardkedja',
      'sjodal-kol-lakemedel',
      'vastmark-kol-rehabilitering',
    ],
  },
  { query: 'kroniskt obstruktiv lungsjukdom', kind: 'synonym', relevant: KOL },
  { query: 'copd', kind: 'synonym', relevant: KOL },
  { query: 'hjärtsvikt', kind: 'ett ord', relevant: HJARTSVIKT },
  { query: 'hjärtsvict', kind: 'stavfel', relevant: HJARTSVIKT },
  { query: 'hjartsvikt', kind: 'utan å/ä/ö', relevant: HJARTSVIKT },
  { query: 'diabetis', kind: 'stavfel', relevant: DIABETES },
  { query: 'diabetes typ 2', kind: 'flera ord', relevant: DIABETES },
  { query: 'fall', kind: 'sammansättning', relevant: FALL },
  {
    query: 'fallrisk',
    kind: 'ett ord',
    relevant: ['fallrisk-bedomning', 'fallprevention', 'norrbacka-fallprevention'],
  },
  { query: 'högt blodtryck', kind: 'synonym', relevant: HYPERTONI },
  { query: 'hypertoni', kind: 'ett ord', relevant: HYPERTONI },
  { query: 'uvi', kind: 'förkortning', relevant: UVI },
  { query: 'urinvägsinfektion', kind: 'ett ord', relevant: UVI },
  { query: 'kad', kind: 'förkortning', relevant: KAD },
  { query: 'kvarliggande urinkateter', kind: 'flera ord', relevant: KAD },
  { query: 'undernäring', kind: 'ett ord', relevant: UNDERNARING },
  { query: 'malnutrition', kind: 'synonym', relevant: UNDERNARING },
  { query: 'vinterkräksjuka', kind: 'ett ord', relevant: CALICI },
  { query: 'ekg', kind: 'förkortning', relevant: ['ekg-tagning', 'vastmark-ekg'] },
  { query: 'elektrokardiogram', kind: 'synonym', relevant: ['ekg-tagning', 'vastmark-ekg'] },
  { query: 'news2', kind: 'förkortning', relevant: ['vitalparametrar-news2', 'utbildning-news2'] },
  {
    query: 'förstoppning',
    kind: 'ett ord',
    relevant: ['forstoppning-omvardnad', 'patientinfo-forstoppning'],
  },
  {
    query: 'obstipation',
    kind: 'synonym',
    relevant: ['forstoppning-omvardnad', 'patientinfo-forstoppning'],
  },
  {
    query: 'smärtskattning',
    kind: 'ett ord',
    relevant: ['smartskattning', 'vastmark-smartskattning'],
  },
  { query: 'akut förvirring', kind: 'synonym', relevant: ['delirium-omvardnad'] },
  {
    query: 'palliativ vård',
    kind: 'flera ord',
    relevant: [
      'palliativ-vard-livets-slutskede',
      'palliativ-vard-livets-slut',
      'patientinfo-palliativ-vard',
      'palliativ-vard-sarskilt-boende',
      'film-brytpunktssamtal',
    ],
  },
  {
    query: 'handhygien',
    kind: 'ett ord',
    relevant: ['basala-hygienrutiner', 'patientinfo-handhygien-samhallet', 'film-handdesinfektion'],
  },
  {
    query: 'kompression',
    kind: 'sammansättning',
    relevant: [
      'kompressionsbehandling',
      'norrbacka-kompressionsbehandling',
      'patientinfo-kompressionsstrumpor',
      'norrbacka-patient-kompressionsstrumpor',
    ],
  },
  { query: 'amning', kind: 'ett ord', relevant: ['bhv-amning', 'bhv-foraldrainfo-amning'] },
  {
    query: 'waran',
    kind: 'synonym',
    relevant: ['patientinfo-warfarin', 'warfarinbehandling-pk-inr'],
  },
  { query: 'mässling', kind: 'ett ord', relevant: ['massling-smittskydd'] },
  { query: 'psa', kind: 'förkortning', relevant: ['patientinfo-psa-prov', 'prostatacancer-c61'] },
  {
    query: 'katetrar',
    kind: 'böjningsform',
    relevant: [
      'kvarliggande-urinkateter',
      'suprapubisk-kateter',
      'ren-intermittent-kateterisering-rik',
      'central-venkateter-cvk',
      'perifer-venkateter-pvk',
    ],
  },
];
