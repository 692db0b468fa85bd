import { isCareCommission, type Commission, type StaffProfile } from '@/features/auth';
import { inboxContextOf, type InboxContext } from '@/features/inbox';

/**
 * Whose inbox, for which commission: null unless the active commission is one for care and
 * treatment, the only purpose under which citizens' cases may be read (auth decides which that
 * is; the inbox takes its word). The inbox's page, its case page and the header's link agree.
 */
export const inboxContextFor = (
  profile: StaffProfile | null,
  activeCommission: Commission | null,
): InboxContext | null =>
  inboxContextOf(profile, isCareCommission(activeCommission) ? activeCommission : null);
