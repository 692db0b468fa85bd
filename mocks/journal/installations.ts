/**
 * The journal system's FHIR installations: each one a FHIR base (the SMART `iss`) on this
 * origin. They share one server and one set of records; two of them are broken on purpose in
 * their discovery, so the workspace's refusals can be tried end to end. The paths are those of
 * JOURNAL_FHIR_BASES, which the workspace trusts locally.
 */
import { JOURNAL_FHIR_BASES } from '../dev-config';

export type InstallationKey = keyof typeof JOURNAL_FHIR_BASES;

export type Installation = {
  key: InstallationKey;
  /** The base's path on the journal's origin, e.g. "/fhir". */
  path: string;
  /** What the journal's page calls it. */
  label: string;
  /** How its `/.well-known/smart-configuration` answers. */
  discovery: 'working' | 'fails' | 'without-s256';
};

const pathOf = (url: string): string => new URL(url).pathname;

export const INSTALLATIONS: readonly Installation[] = [
  {
    key: 'working',
    path: pathOf(JOURNAL_FHIR_BASES.working),
    label: 'Fungerande installation',
    discovery: 'working',
  },
  {
    key: 'discoveryFails',
    path: pathOf(JOURNAL_FHIR_BASES.discoveryFails),
    label: 'Trasig: discovery svarar med serverfel',
    discovery: 'fails',
  },
  {
    key: 'withoutS256',
    path: pathOf(JOURNAL_FHIR_BASES.withoutS256),
    label: 'Trasig: discovery utan PKCE S256',
    discovery: 'without-s256',
  },
];

export const findInstallation = (key: string): Installation | undefined =>
  INSTALLATIONS.find((installation) => installation.key === key);

/** The installation whose absolute base URL (on `origin`) is `iss`. */
export const installationOfIss = (origin: string, iss: string): Installation | undefined =>
  INSTALLATIONS.find((installation) => `${origin}${installation.path}` === iss);
