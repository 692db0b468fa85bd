import type { QueryClient } from '@tanstack/react-query';
import type { EndSession } from '@/features/auth';
import { accessLogQueue, clearPatientContext } from '@/features/patient-context';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * What a tab clears of a person when their session ends (logout here or in another tab, idle
 * logout): the features each hold a part, the app knows them all. On a shared clinic computer
 * the next person finds nothing of the previous one, neither on the page nor in storage.
 */
export function createEndSession(queryClient: QueryClient): EndSession {
  return async (employeeHsaId) => {
    const notices: string[] = [];
    // Sent with the token while it is still valid; the events name patients, so none stay.
    const unsent = await accessLogQueue().endSession(employeeHsaId);
    if (unsent > 0) {
      notices.push(
        `${plural(unsent, 'visning', 'visningar')} av patientuppgifter kunde inte skickas till loggtjänsten från den här fliken. Tjänsterna som lämnade ut uppgifterna har loggat dem. Kontakta din loggansvarige om det händer igen.`,
      );
    }
    clearPatientContext();
    queryClient.clear();
    return notices;
  };
}
