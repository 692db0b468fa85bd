import type { Commission } from './claims';

/**
 * A commission for care and treatment (vård och behandling): the only purpose under which
 * patient data – citizens' cases, secure messages about patients – may be read. Its own module:
 * claims.ts brings zod, and it loads only with the OIDC client (docs/decisions/0010).
 */
export const isCareCommission = (
  commission: Commission | null | undefined,
): commission is Commission => commission?.commissionPurpose === 'Vård och behandling';
