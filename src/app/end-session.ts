import type { QueryClient } from '@tanstack/react-query';
import type { EndSession } from '@/features/auth';
// The two light parts, not patient-context's index: the banner, the log review and zod's full
// build are no part of the first download (this module is in it, with the app).
import { accessLogQueue } from '@/features/patient-context/access-log-queue';
import { clearPatientContext } from '@/features/patient-context/patient-context-store';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * What a tab clears of a person when their session ends (logout here or in another tab, idle
 * logout): the features each hold a part, the app knows them all. On a shared clinic computer
 * the next person finds nothing of the previous one, neither on the page nor in storage.
 */
export function createEndSession(queryClient: QueryClient): EndSession {
  return async (employeeHsaId) => {
    const notices: string[] = [];
    // Both with the token while it is still valid: the access log's last events (they name
    // patients, so none stay) and the message drafts only this browser has (then it wipes them).
    const [unsent, messages] = await Promise.all([
      accessLogQueue().endSession(employeeHsaId),
      // Loaded on demand: the messages feature is no part of the first download.
      import('@/features/messages/storage/wipe')
        .then(({ wipeLocalMessageData }) => wipeLocalMessageData())
        .catch(() => ({ kept: 0 })),
    ]);
    if (unsent > 0) {
      notices.push(
        `${plural(unsent, 'visning', 'visningar')} av patientuppgifter kunde inte skickas till loggtjänsten från den här fliken. Tjänsterna som lämnade ut uppgifterna har loggat dem. Kontakta din loggansvarige om det händer igen.`,
      );
    }
    if (messages.kept > 0) {
      notices.push(
        `${plural(messages.kept, 'utkast eller meddelande', 'utkast eller meddelanden')} kunde inte lämnas till meddelandetjänsten före utloggningen. De finns kvar krypterade i den här webbläsaren, oläsliga för andra, och sparas när du loggar in här igen.`,
      );
    }
    clearPatientContext();
    queryClient.clear();
    return notices;
  };
}
