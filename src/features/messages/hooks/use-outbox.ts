import { useCallback, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { draftKeys } from '../api/drafts';
import { messageKeys } from '../api/message-service';
import { deviceKeyOrNull } from '../storage/device-key';
import { handOverWaiting } from '../storage/hand-over';
import { migrateLegacyRecords } from '../storage/legacy';
import { listLocalDrafts, type LocalCopy } from '../storage/local-drafts';
import {
  listOutbox,
  returnOutboxItemToDraft,
  sendNow,
  type FlushOutcome,
  type OutboxItem,
} from '../storage/outbox';
import { subscribeLocalData } from '../storage/sealed';
import type { MessagesContext } from '../types';
import { useMessageSettings } from './use-message-settings';

type LocalData = {
  drafts: LocalCopy[];
  outbox: OutboxItem[];
  /** The first look has been taken (with the key, or without when it could not be had). */
  loaded: boolean;
};
const NOTHING: LocalData = { drafts: [], outbox: [], loaded: false };

/**
 * What this browser keeps for the person until the service has it – unsent drafts and the
 * outbox – opened with their key and kept current as it changes.
 */
export function useLocalData({ employeeHsaId, commissionHsaId }: MessagesContext): LocalData {
  const [data, setData] = useState<LocalData>(NOTHING);
  useEffect(() => {
    let active = true;
    const load = async () => {
      const device = await deviceKeyOrNull({ employeeHsaId, commissionHsaId });
      if (!device) {
        if (active) setData((data) => ({ ...data, loaded: true }));
        return;
      }
      const [drafts, outbox] = await Promise.all([
        listLocalDrafts(device, employeeHsaId),
        listOutbox(device, employeeHsaId),
      ]);
      if (active) setData({ drafts, outbox, loaded: true });
    };
    const reload = () => void load().catch(() => active && setData({ ...NOTHING, loaded: true }));
    reload();
    const unsubscribe = subscribeLocalData(reload);
    return () => {
      active = false;
      unsubscribe();
    };
  }, [employeeHsaId, commissionHsaId]);
  return data;
}

/** A person's unsent messages. */
export const useOutbox = (context: MessagesContext): OutboxItem[] => useLocalData(context).outbox;

/** Refreshes what the service shows (mailbox lists, threads, drafts) after something was sent. */
export function useAfterSend() {
  const queryClient = useQueryClient();
  return useCallback(
    (outcomes: FlushOutcome[]) => {
      if (outcomes.some((o) => o.status === 'sent' || o.status === 'rejected'))
        void queryClient.invalidateQueries({ queryKey: messageKeys.all });
    },
    [queryClient],
  );
}

/**
 * Hands what waits in this browser to the service: now, when the browser is back online, and
 * every little while. Mounted once, by the messages screens' layout, so it runs after every new
 * login too.
 */
export function useOutboxSync({ employeeHsaId, commissionHsaId }: MessagesContext) {
  const afterSend = useAfterSend();
  const queryClient = useQueryClient();
  const { outboxRetryMs } = useMessageSettings();
  useEffect(() => {
    const sync = async () => {
      const device = await deviceKeyOrNull({ employeeHsaId, commissionHsaId });
      if (!device) return;
      await migrateLegacyRecords(device, { employeeHsaId, commissionHsaId });
      const { savedDrafts, sent } = await handOverWaiting(device, employeeHsaId);
      afterSend(sent);
      if (savedDrafts > 0) void queryClient.invalidateQueries({ queryKey: draftKeys.all });
    };
    const run = () => void sync().catch(() => undefined);
    run();
    window.addEventListener('online', run);
    const timer = setInterval(run, outboxRetryMs);
    return () => {
      window.removeEventListener('online', run);
      clearInterval(timer);
    };
  }, [employeeHsaId, commissionHsaId, afterSend, queryClient, outboxRetryMs]);
}

/** "Försök igen" and "Ändra" for one unsent message. */
export function useOutboxActions(context: MessagesContext) {
  const afterSend = useAfterSend();
  const { employeeHsaId, commissionHsaId } = context;
  const retry = useCallback(
    async (messageId: string): Promise<FlushOutcome> => {
      const device = await deviceKeyOrNull({ employeeHsaId, commissionHsaId });
      if (!device) return { status: 'failed', error: 'Meddelandetjänsten går inte att nå.' };
      const outcome = await sendNow(device, messageId);
      afterSend([outcome]);
      return outcome;
    },
    [employeeHsaId, commissionHsaId, afterSend],
  );
  const returnToDraft = useCallback(
    async (messageId: string) => {
      const device = await deviceKeyOrNull({ employeeHsaId, commissionHsaId });
      return device ? returnOutboxItemToDraft(device, messageId) : ('gone' as const);
    },
    [employeeHsaId, commissionHsaId],
  );
  return { retry, returnToDraft };
}
