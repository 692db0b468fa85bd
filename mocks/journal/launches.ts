/**
 * What the journal system remembers: the launches it made, the authorization codes and access
 * tokens its SMART server issued, the client assertions it has seen, and its audit log. All of it lives in
 * this process's memory only: a restart forgets every launch, code and token (and the signing
 * key is new, so old tokens fail their signature anyway).
 */
import { randomBytes } from 'node:crypto';
import { AuditLog } from './audit';
import { findPatient } from './data';
import type { InstallationKey } from './installations';

/** Faults a developer can give one launch, with what the journal's page calls them. */
export const FAULTS = {
  'authorize-denied': 'Journalen nekar behörighet (access_denied)',
  'state-mismatch': 'Fel state i återhoppet',
  'token-error': 'Tokenanropet ger serverfel (500)',
  'token-without-patient': 'Tokensvaret saknar patient',
  'fhir-401': 'FHIR-servern svarar 401 (token ogiltig)',
  'fhir-403': 'FHIR-servern svarar 403 (åtkomst nekad)',
  'fhir-500': 'FHIR-servern svarar 500 (serverfel)',
  'fhir-timeout': 'FHIR-servern svarar inte (30 sekunder)',
} as const;

export type Fault = keyof typeof FAULTS;

export const isFault = (value: string): value is Fault => Object.hasOwn(FAULTS, value);

export const METHODS = {
  smart: 'SMART App Launch (EHR launch)',
  handle: 'Startnyckel',
  direct: 'Direktlänk',
} as const;

export type LaunchMethod = keyof typeof METHODS;

export const isMethod = (value: string): value is LaunchMethod => Object.hasOwn(METHODS, value);

/** A SMART launch value can be used for five minutes, once. */
export const LAUNCH_TTL_MS = 5 * 60_000;
/** An authorization code can be exchanged for 60 seconds, once. */
export const CODE_TTL_MS = 60_000;
export const ACCESS_TOKEN_TTL_SECONDS = 3600;

const STATUS_LABELS = {
  pending: 'Väntar',
  expired: 'Utgången',
  authorized: 'Godkänd',
  denied: 'Nekad',
  'token-issued': 'Token utfärdad',
  spent: 'Förbrukad',
  'handed-over': 'Överlämnad',
} as const;

export type LaunchStatus = keyof typeof STATUS_LABELS;

export type Launch = {
  id: string;
  createdAt: number;
  expiresAt: number;
  patientId: string;
  encounterId: string | null;
  installation: InstallationKey;
  /** The FHIR base the launch names as `iss`. */
  iss: string;
  method: LaunchMethod;
  fault: Fault | null;
  /** HSA-id of the journal user who pressed the button. */
  user: string;
  /** Where the journal sent the browser. */
  launchUrl: string;
  /** pending → authorized → token-issued, or denied; handle and direct launches: handed-over. */
  status: Exclude<LaunchStatus, 'expired' | 'spent'>;
  /** When the launch value reached the authorization endpoint (it is spent then). */
  usedAt: number | null;
  codeExpiresAt: number | null;
  /** The last thing that happened to it, for the developer reading the list. */
  detail: string | null;
};

export type AuthorizationCode = {
  code: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string | null;
  scopes: string[];
  nonce: string | null;
  launchId: string;
  expiresAt: number;
  used: boolean;
};

export type IssuedToken = { jti: string; code: string; launchId: string; expiresAt: number };

/** One launch as the page and GET /api/launches show it. */
export type LaunchSummary = {
  launch: string;
  createdAt: string;
  patientId: string;
  patientName: string;
  installation: InstallationKey;
  iss: string;
  encounterId: string | null;
  method: LaunchMethod;
  fault: Fault | null;
  user: string;
  status: LaunchStatus;
  statusText: string;
  detail: string | null;
  launchUrl: string;
};

/** An opaque value for a URL: 32 url-safe characters. */
export const opaqueId = (): string => randomBytes(24).toString('base64url');

const MAX_LAUNCHES = 100;

export class JournalState {
  /** Every read of a patient's records on the FHIR server. */
  readonly audit = new AuditLog();
  private readonly launches = new Map<string, Launch>();
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly tokens = new Map<string, IssuedToken>();
  private readonly assertionIds = new Map<string, number>();

  addLaunch(launch: Omit<Launch, 'createdAt' | 'expiresAt' | 'usedAt' | 'codeExpiresAt'>): Launch {
    const now = Date.now();
    const stored: Launch = {
      ...launch,
      createdAt: now,
      expiresAt: now + LAUNCH_TTL_MS,
      usedAt: null,
      codeExpiresAt: null,
    };
    this.launches.set(stored.id, stored);
    // The oldest go first; a Map keeps insertion order.
    for (const id of this.launches.keys()) {
      if (this.launches.size <= MAX_LAUNCHES) break;
      this.launches.delete(id);
    }
    return stored;
  }

  launch(id: string): Launch | undefined {
    return this.launches.get(id);
  }

  updateLaunch(id: string, change: Partial<Launch>): void {
    const launch = this.launches.get(id);
    if (launch) this.launches.set(id, { ...launch, ...change });
  }

  summaries(): LaunchSummary[] {
    const now = Date.now();
    return [...this.launches.values()].reverse().map((launch) => {
      const status = statusOf(launch, now);
      return {
        launch: launch.id,
        createdAt: new Date(launch.createdAt).toISOString(),
        patientId: launch.patientId,
        patientName: findPatient(launch.patientId)?.name ?? launch.patientId,
        installation: launch.installation,
        iss: launch.iss,
        encounterId: launch.encounterId,
        method: launch.method,
        fault: launch.fault,
        user: launch.user,
        status,
        statusText: STATUS_LABELS[status],
        detail: launch.detail,
        launchUrl: launch.launchUrl,
      };
    });
  }

  addCode(code: Omit<AuthorizationCode, 'code' | 'expiresAt' | 'used'>): AuthorizationCode {
    const now = Date.now();
    for (const [key, old] of this.codes)
      if (old.expiresAt < now - CODE_TTL_MS) this.codes.delete(key);
    const stored = { ...code, code: opaqueId(), expiresAt: now + CODE_TTL_MS, used: false };
    this.codes.set(stored.code, stored);
    return stored;
  }

  /**
   * The code as it was, now marked used: one presentation spends it, right or wrong. A code
   * presented again revokes the tokens issued for it (RFC 6749 §4.1.2).
   */
  takeCode(value: string): AuthorizationCode | undefined {
    const code = this.codes.get(value);
    if (!code) return undefined;
    if (code.used) {
      for (const [jti, token] of this.tokens) if (token.code === value) this.tokens.delete(jti);
    }
    this.codes.set(value, { ...code, used: true });
    return code;
  }

  addToken(token: IssuedToken): void {
    const now = Date.now();
    for (const [jti, old] of this.tokens) if (old.expiresAt < now) this.tokens.delete(jti);
    this.tokens.set(token.jti, token);
  }

  /** A token this server issued and has not revoked. */
  token(jti: string): IssuedToken | undefined {
    return this.tokens.get(jti);
  }

  /** Records a client assertion's jti; false when it was seen before (a replay). */
  rememberAssertion(clientId: string, jti: string, expiresAt: number): boolean {
    const now = Date.now();
    for (const [key, until] of this.assertionIds) if (until < now) this.assertionIds.delete(key);
    const key = `${clientId} ${jti}`;
    if (this.assertionIds.has(key)) return false;
    this.assertionIds.set(key, expiresAt);
    return true;
  }
}

function statusOf(launch: Launch, now: number): LaunchStatus {
  if (launch.status === 'pending' && launch.expiresAt <= now) return 'expired';
  if (launch.status === 'authorized' && (launch.codeExpiresAt ?? 0) <= now) return 'spent';
  return launch.status;
}
