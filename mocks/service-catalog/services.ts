/**
 * Seed data of the service catalog: the services a member of staff can reach from the landing
 * page, and what each one asks of the caller. The rules that read these fields are in access.ts.
 */
import { DEV } from '../dev-config';
import type { Commission } from '../idp/staff';

export type CommissionPurpose = Commission['commissionPurpose'];

/** In the order the landing page groups them. */
export const SERVICE_CATEGORIES = [
  'Invånarnas ärenden',
  'Intyg och sjukskrivning',
  'Rådgivning',
  'Remisser och hjälpmedel',
  'Patientsäkerhet',
  'Statistik och uppföljning',
  'Ekonomi och administration',
  'Kunskapsstöd',
] as const;

export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/**
 * What each HSA system role lets its holder do, in words for staff: read after "Kräver behörighet
 * som". A role missing here is shown by its code.
 */
export const SYSTEM_ROLE_NAMES: Readonly<Record<string, string>> = {
  'EFK;Användare': 'användare av e-frikort',
};

export type RequiredLogin = { method: 'siths'; loa: 3 } | { method: 'none' };

export type Service = {
  /** kebab-case, stable: used in URLs and as the demo service's `tjanst` parameter. */
  id: string;
  /** What it does first, then the product name: "Intyg och läkarintyg – Webcert". */
  name: string;
  productName: string;
  /** One line of Swedish. */
  description: string;
  /**
   * Other words staff look for it by: synonyms, abbreviations, the task or the authority it
   * serves ("sjukintyg", "FK" for Webcert). Searched together with the name and description.
   */
  keywords: string[];
  category: ServiceCategory;
  requiredLogin: RequiredLogin;
  /**
   * What grants access once the login requirement is met: the active commission having one of
   * these purposes, OR the caller holding one of these system roles. Both empty: no more is needed.
   */
  grantedBy: { purposes: CommissionPurpose[]; systemRoles: string[] };
  /** Opens signed in (the SPA adds `&uppdrag=<commissionHsaId>` to `launchUrl`). */
  singleSignOn: boolean;
  /**
   * Opens with the patient in context: the workspace registers the context with the
   * launch-context backend and appends `&launch=<opaque handle>` (never the identity number).
   */
  acceptsPatientContext?: boolean;
  /** Where the SPA sends the user: the local demo service for SSO services, else the public site. */
  launchUrl: string;
  /**
   * The real service's public address, for documentation: its login page where we know it, else
   * Inera's page about it. Never opened in development.
   */
  productionUrl: string;
};

const SITHS: RequiredLogin = { method: 'siths', loa: 3 };
const OPEN: RequiredLogin = { method: 'none' };

const careAndTreatment = {
  purposes: ['Vård och behandling'],
  systemRoles: [],
} satisfies Service['grantedBy'];
const statistics = { purposes: ['Statistik'], systemRoles: [] } satisfies Service['grantedBy'];
const anyone = { purposes: [], systemRoles: [] } satisfies Service['grantedBy'];

const demoLaunchUrl = (id: string): string =>
  `${DEV.demoServiceOrigin}/?tjanst=${encodeURIComponent(id)}`;

type SignedInService = Omit<Service, 'singleSignOn' | 'launchUrl' | 'requiredLogin'>;
type OpenService = Omit<Service, 'singleSignOn' | 'requiredLogin' | 'grantedBy'>;

// Every service that needs a login opens through single sign-on; in development that is the
// local demo service standing in for all of them.
const signedIn = (service: SignedInService): Service => ({
  ...service,
  requiredLogin: SITHS,
  singleSignOn: true,
  launchUrl: demoLaunchUrl(service.id),
});

const open = (service: OpenService): Service => ({
  ...service,
  requiredLogin: OPEN,
  grantedBy: anyone,
  singleSignOn: false,
});

export const SERVICES: readonly Service[] = [
  signedIn({
    id: 'personalverktyg',
    name: 'Invånarnas ärenden och meddelanden – 1177 Personalverktyg',
    productName: '1177 Personalverktyg',
    description:
      'Ta emot och besvara invånarnas ärenden från 1177, till exempel receptförnyelse och tidsbokning, och skicka meddelanden till deras inkorg.',
    keywords: [
      'invånare',
      'patient',
      'ärendehantering',
      'receptförnyelse',
      'tidsbokning',
      'ombokning',
      'e-tjänster',
      'PV',
    ],
    category: 'Invånarnas ärenden',
    grantedBy: careAndTreatment,
    productionUrl: 'https://personal.1177.se',
  }),
  signedIn({
    id: 'formularhantering',
    name: 'Formulär till invånare – 1177 Formulärhantering',
    productName: '1177 Formulärhantering',
    description:
      'Skicka digitala formulär, till exempel hälsodeklarationer och skattningsformulär, och läs svaren.',
    keywords: [
      'patientenkät',
      'frågeformulär',
      'enkät',
      'hälsodeklaration',
      'skattningsskala',
      'symtomskattning',
    ],
    category: 'Invånarnas ärenden',
    grantedBy: careAndTreatment,
    productionUrl: 'https://www.inera.se/tjanster/alla-tjanster-a-o/1177-formularhantering/',
  }),
  signedIn({
    id: 'stod-och-behandling',
    name: 'Digitala stöd- och behandlingsprogram – 1177 Stöd och behandling',
    productName: '1177 Stöd och behandling',
    description:
      'Erbjud och följ internetbaserade stöd- och behandlingsprogram, till exempel KBT, via 1177.',
    keywords: [
      'invånare',
      'KBT',
      'internet-KBT',
      'iKBT',
      'internetbehandling',
      'terapi',
      'psykisk ohälsa',
    ],
    category: 'Invånarnas ärenden',
    grantedBy: careAndTreatment,
    productionUrl: 'https://www.inera.se/tjanster/alla-tjanster-a-o/stod-och-behandling/',
  }),
  signedIn({
    id: 'webcert',
    acceptsPatientContext: true,
    name: 'Intyg och läkarintyg – Webcert',
    productName: 'Webcert',
    description:
      'Skriv, signera och skicka intyg, till exempel läkarintyg för sjukpenning till Försäkringskassan.',
    keywords: [
      'sjukintyg',
      'FK',
      'Försäkringskassan',
      'sjukpenning',
      'sjukskrivning',
      'LISJP',
      'dödsbevis',
      'dödsorsaksintyg',
      'körkortsintyg',
      'Transportstyrelsen',
    ],
    category: 'Intyg och sjukskrivning',
    grantedBy: careAndTreatment,
    productionUrl: 'https://webcert.intygstjanster.se',
  }),
  signedIn({
    id: 'rehabstod',
    name: 'Pågående sjukfall – Rehabstöd',
    productName: 'Rehabstöd',
    description:
      'Få överblick över pågående sjukfall på din vårdenhet utifrån utfärdade läkarintyg.',
    keywords: [
      'sjukskrivning',
      'sjukskrivna',
      'sjukintyg',
      'rehabilitering',
      'rehabkoordinator',
      'rehabiliteringskoordinator',
    ],
    category: 'Intyg och sjukskrivning',
    grantedBy: careAndTreatment,
    productionUrl: 'https://rehabstod.intygstjanster.se',
  }),
  signedIn({
    id: 'radgivningsstodet',
    acceptsPatientContext: true,
    name: 'Bedömning av vårdbehov – 1177 Rådgivningsstödet',
    productName: '1177 Rådgivningsstödet',
    description:
      'Medicinskt beslutsstöd för att bedöma vårdbehov och hänvisa rätt i sjukvårdsrådgivningen.',
    keywords: [
      '1177 på telefon',
      'telefonrådgivning',
      'sjukvårdsrådgivning',
      'triage',
      'triagering',
      'beslutsstöd',
      'kontaktorsak',
      'RGS',
    ],
    category: 'Rådgivning',
    grantedBy: careAndTreatment,
    productionUrl: 'https://www.inera.se/tjanster/alla-tjanster-a-o/1177-pa-telefon/',
  }),
  signedIn({
    id: 'elektronisk-remiss',
    acceptsPatientContext: true,
    name: 'Remisser mellan vårdgivare – Elektronisk remiss',
    productName: 'Elektronisk remiss',
    description:
      'Skicka, ta emot och hantera remisser mellan vårdgivare, även när ni har olika journalsystem.',
    keywords: ['e-remiss', 'remittera', 'remissvar', 'konsultation', 'vårdbegäran'],
    category: 'Remisser och hjälpmedel',
    grantedBy: careAndTreatment,
    productionUrl: 'https://www.inera.se/tjanster/alla-tjanster-a-o/elektronisk-remiss/',
  }),
  signedIn({
    id: 'hjalpmedelstjansten',
    name: 'Hjälpmedelsprodukter och avtal – Hjälpmedelstjänsten',
    productName: 'Hjälpmedelstjänsten',
    description: 'Sök hjälpmedelsprodukter och hantera avtal mellan huvudmän och leverantörer.',
    keywords: [
      'hjälpmedel',
      'förskrivning',
      'förskrivare',
      'rollator',
      'rullstol',
      'sortiment',
      'upphandling',
      'leverantör',
    ],
    category: 'Remisser och hjälpmedel',
    // Used both by prescribers and by those who administer agreements and assortment.
    grantedBy: { purposes: ['Vård och behandling', 'Administration'], systemRoles: [] },
    productionUrl: 'https://www.inera.se/tjanster/hjalpmedelstjansten/Hjalpmedelstjansten/',
  }),
  signedIn({
    id: 'infektionsverktyget',
    name: 'Vårdrelaterade infektioner och antibiotika – Infektionsverktyget',
    productName: 'Infektionsverktyget',
    description: 'Följ upp vårdrelaterade infektioner och antibiotikaanvändning på din enhet.',
    keywords: [
      'vårdhygien',
      'hygien',
      'VRI',
      'Strama',
      'smittskydd',
      'infektionsregistrering',
      'patientsäkerhet',
    ],
    category: 'Patientsäkerhet',
    grantedBy: careAndTreatment,
    productionUrl: 'https://infektionsverktyget.sjunet.org',
  }),
  signedIn({
    id: 'nitha',
    name: 'Händelseanalys – Nitha',
    productName: 'Nitha',
    description:
      'Gör händelseanalyser efter vårdskador och tillbud och lär av andras analyser i kunskapsbanken.',
    keywords: [
      'avvikelse',
      'vårdskada',
      'tillbud',
      'riskanalys',
      'lex Maria',
      'patientsäkerhet',
      'kunskapsbank',
    ],
    category: 'Patientsäkerhet',
    grantedBy: careAndTreatment,
    productionUrl:
      'https://www.inera.se/tjanster/nitha--it-stod-for-handelseanalys/nitha-it-stod-for-handelseanalys/',
  }),
  signedIn({
    id: 'intygsstatistik',
    name: 'Statistik om sjukskrivningar – Intygsstatistik',
    productName: 'Intygsstatistik',
    description: 'Följ upp sjukskrivningar med statistik från elektroniskt utfärdade läkarintyg.',
    keywords: [
      'sjukskrivning',
      'sjukfallsstatistik',
      'läkarintyg',
      'sjukpenning',
      'diagnoser',
      'uppföljning',
    ],
    category: 'Statistik och uppföljning',
    grantedBy: statistics,
    productionUrl: 'https://statistik.intygstjanster.se',
  }),
  signedIn({
    id: 'statistiktjansten',
    name: 'Användning av Ineras tjänster – Statistiktjänsten',
    productName: 'Statistiktjänsten',
    description: 'Se och analysera hur Ineras tjänster används i din organisation.',
    keywords: ['statistik', 'besöksstatistik', 'rapporter', 'nyckeltal', 'uppföljning', 'Inera'],
    category: 'Statistik och uppföljning',
    grantedBy: statistics,
    productionUrl: 'https://www.inera.se/tjanster/alla-tjanster-a-o/statistiktjansten/',
  }),
  signedIn({
    id: 'e-frikort',
    name: 'Patientavgifter och frikort – Högkostnadsskydd/e-frikort',
    productName: 'Högkostnadsskydd/e-frikort',
    description: 'Registrera patientavgifter och se om patienten har frikort.',
    keywords: ['högkostnadskort', 'patientavgift', 'avgift', 'betalning', 'kassa', 'EFK'],
    category: 'Ekonomi och administration',
    // The regions hand out e-frikort as a system role in HSA, whatever the commission.
    grantedBy: { purposes: [], systemRoles: ['EFK;Användare'] },
    productionUrl: 'https://www.inera.se/projekt/hogkostnadsskydd/',
  }),
  open({
    id: 'eira',
    name: 'Medicinsk biblioteksservice – Eira',
    productName: 'Eira',
    description:
      'Vetenskapliga tidskrifter, e-böcker och databaser genom regionernas bibliotekssamarbete.',
    keywords: [
      'bibliotek',
      'artiklar',
      'vetenskapliga artiklar',
      'tidskrifter',
      'e-böcker',
      'databaser',
      'litteratursökning',
      'forskning',
      'evidens',
      'kunskapsstöd',
    ],
    category: 'Kunskapsstöd',
    launchUrl: 'https://www.inera.se/tjanster/eira/Eira/',
    productionUrl: 'https://www.inera.se/tjanster/eira/Eira/',
  }),
  open({
    id: 'sil-online',
    name: 'Läkemedelsinformation – Sil Online',
    productName: 'Sil Online',
    description: 'Kvalitetsgranskad information om läkemedel från flera källor, öppen för alla.',
    keywords: [
      'läkemedel',
      'FASS',
      'produktresumé',
      'interaktioner',
      'Janusmed',
      'biverkningar',
      'dosering',
      'recept',
      'utbytbarhet',
      'kunskapsstöd',
    ],
    category: 'Kunskapsstöd',
    launchUrl: 'https://www.silonline.se',
    productionUrl: 'https://www.silonline.se',
  }),
  open({
    id: 'vardhandboken',
    name: 'Metoder och riktlinjer för vård och omsorg – Vårdhandboken',
    productName: 'Vårdhandboken',
    description: 'Nationella metoder och riktlinjer för arbetet i vård och omsorg.',
    keywords: [
      'metodbok',
      'omvårdnad',
      'rutiner',
      'PM',
      'vårdhygien',
      'basala hygienrutiner',
      'provtagning',
      'sårvård',
      'läkemedelshantering',
      'kunskapsstöd',
    ],
    category: 'Kunskapsstöd',
    launchUrl: 'https://www.vardhandboken.se',
    productionUrl: 'https://www.vardhandboken.se',
  }),
  open({
    id: 'rikshandboken',
    name: 'Riktlinjer för barnhälsovården – Rikshandboken i barnhälsovård',
    productName: 'Rikshandboken i barnhälsovård',
    description: 'Nationella riktlinjer och metoder för barnhälsovården.',
    keywords: [
      'bvc',
      'barnavårdscentral',
      'BHV',
      'barn',
      'vaccination',
      'vaccinationsprogram',
      'hälsobesök',
      'tillväxt',
      'föräldrastöd',
      'kunskapsstöd',
    ],
    category: 'Kunskapsstöd',
    launchUrl: 'https://www.rikshandboken-bhv.se',
    productionUrl: 'https://www.rikshandboken-bhv.se',
  }),
];

export const findService = (id: string): Service | undefined =>
  SERVICES.find((service) => service.id === id);
