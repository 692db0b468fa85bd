import { useCallback, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { messageKeys } from '../api/message-service';
import type { OutboxItem } from '../storage/db';
import {
  flushOutbox,
  listOutbox,
  returnOutboxItemToDraft,
  sendNow,
  subscribeOutbox,
  type FlushOutcome,
  type Sender,
} from '../storage/outbox';

/** How often waiting messages are tried again while a messages screen is open. */
export const OUTBOX_RETRY_MS = 15_000;

/** A person's unsent messages, kept current as the outbox changes. */
export function useOutbox(employeeHsaId: string) {
  const [items, setItems] = useState<OutboxItem[]>([]);
  useEffect(() => {
    let active = true;
    const load = () =>
      void listOutbox(employeeHsaId)
        .then((list) => active && setItems(list))
        .catch(() => undefined);
    load();
    const unsubscribe = subscribeOutbox(load);
    return () => {
      active = false;
      unsubscribe();
    };
  }, [employeeHsaId]);
  return items;
}

/** Refreshes what the service shows (mailbox lists, threads) after something was sent. */
export function useAfterSend() {
  const queryClient = useQueryClient();
  return useCallback(
    (outcomes: FlushOutcome[]) => {
      if (outcomes.some((o) => o.status === 'sent'))
        void queryClient.invalidateQueries({ queryKey: messageKeys.all });
    },
    [queryClient],
  );
}

/**
 * Sends what waits in the outbox: now, when the browser is back online, and every little while.
 * Mounted by the messages screens, so it runs after every new login too.
 */
export function useOutboxSync(sender: Sender) {
  const afterSend = useAfterSend();
  const { employeeHsaId, commissionHsaId } = sender;
  useEffect(() => {
    const flush = () =>
      void flushOutbox({ employeeHsaId, commissionHsaId }).then(afterSend, () => undefined);
    flush();
    window.addEventListener('online', flush);
    const timer = setInterval(flush, OUTBOX_RETRY_MS);
    return () => {
      window.removeEventListener('online', flush);
      clearInterval(timer);
    };
  }, [employeeHsaId, commissionHsaId, afterSend]);
}

/** "Försök igen" and "Ändra" for one unsent message. */
export function useOutboxActions() {
  const afterSend = useAfterSend();
  const retry = useCallback(
    async (messageId: string) => {
      const outcome = await sendNow(messageId);
      afterSend([outcome]);
      return outcome;
    },
    [afterSend],
  );
  return { retry, returnToDraft: returnOutboxItemToDraft, afterSend };
}
