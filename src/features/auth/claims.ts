// zod/mini: the claims are parsed on every page of a logged-in tab; the mini build stays small.
import { z } from 'zod/mini';

/**
 * The staff identity claims issued by the identity provider, named as in Inera's IdP.
 * Parsed once at login; the rest of the app works with StaffProfile.
 */

export const LOA3 = 'http://id.sambi.se/loa/loa3';
export const LOA2 = 'http://id.sambi.se/loa/loa2';

const hsaId = z.string().check(z.regex(/^SE\d{10}-[0-9A-Za-z]+$/, 'HSA-id i fel format'));

export const commissionSchema = z.object({
  commissionHsaId: hsaId,
  commissionName: z.string().check(z.minLength(1)),
  commissionPurpose: z.string().check(z.minLength(1)),
  commissionRight: z._default(z.array(z.string()), []),
  healthCareUnitHsaId: hsaId,
  healthCareUnitName: z.string().check(z.minLength(1)),
  healthCareProviderHsaId: hsaId,
  healthCareProviderName: z.string().check(z.minLength(1)),
});

export type Commission = z.infer<typeof commissionSchema>;

const claimsSchema = z.object({
  sub: z.string(),
  employeeHsaId: hsaId,
  given_name: z.string(),
  family_name: z.string(),
  title: z.optional(z.string()),
  acr: z.optional(z.string()),
  systemRole: z._default(z.array(z.string()), []),
  commissions: z._default(z.array(commissionSchema), []),
});

export type StaffProfile = {
  employeeHsaId: string;
  givenName: string;
  familyName: string;
  fullName: string;
  title: string | null;
  /** Level of assurance of this login: 3 with a SITHS card, 2 with a password. */
  loa: 2 | 3;
  systemRoles: string[];
  commissions: Commission[];
};

export class ClaimsError extends Error {
  constructor(detail: string) {
    super(`Inloggningen saknar uppgifter som behövs: ${detail}`);
    this.name = 'ClaimsError';
  }
}

export function parseStaffProfile(claims: unknown): StaffProfile {
  const result = claimsSchema.safeParse(claims);
  if (!result.success) {
    throw new ClaimsError(result.error.issues.map((issue) => issue.path.join('.')).join(', '));
  }
  const c = result.data;
  return {
    employeeHsaId: c.employeeHsaId,
    givenName: c.given_name,
    familyName: c.family_name,
    fullName: `${c.given_name} ${c.family_name}`,
    title: c.title ?? null,
    // Anything but an explicit LoA 3 counts as the lower level: never assume the stronger login.
    loa: c.acr === LOA3 ? 3 : 2,
    systemRoles: c.systemRole,
    commissions: c.commissions,
  };
}
