import type { Case } from '../model';

/**
 * What the inbox's numbers count, in one place. Every number a person reads – the header's
 * unread badge, the tab title, the inbox's summary, each source's line and the filters'
 * "(N)" – counts open cases (every status but "Avslutad") of the cases that have arrived, so
 * they agree; only "Alla, även avslutade" counts the closed ones too.
 */
export const isOpenCase = (c: Case): boolean => c.status !== 'closed';

/** Unread and still open: a closed case asks nothing of anyone. */
export const isUnreadCase = (c: Case): boolean => c.unread && isOpenCase(c);

export type CaseCounts = { open: number; unread: number };

export function countCases(cases: readonly Case[]): CaseCounts {
  let open = 0;
  let unread = 0;
  for (const c of cases) {
    if (!isOpenCase(c)) continue;
    open += 1;
    if (c.unread) unread += 1;
  }
  return { open, unread };
}

/** "1 öppet ärende", "32 öppna ärenden". */
export const openCasesText = (count: number): string =>
  `${count.toLocaleString('sv-SE')} ${count === 1 ? 'öppet ärende' : 'öppna ärenden'}`;

/** "1 ärende", "3 ärenden". */
export const casesText = (count: number): string =>
  `${count.toLocaleString('sv-SE')} ${count === 1 ? 'ärende' : 'ärenden'}`;
