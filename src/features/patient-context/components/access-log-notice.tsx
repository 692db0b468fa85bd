import { Alert } from '@/components';
import { useExternalStore } from '@/lib/external-store';
import { accessLogQueue } from '../access-log-queue';

const SERVER_STATE = { pending: 0, quarantined: [] } as const;

/**
 * Tells the person when the log service refused an access event of theirs. The event is kept
 * aside (quarantined), not retried for ever and not dropped in silence.
 */
export function AccessLogNotice() {
  const queue = accessLogQueue();
  const { quarantined } = useExternalStore({
    get: queue.getState,
    getServer: () => SERVER_STATE,
    subscribe: queue.subscribe,
  });
  if (quarantined.length === 0) return null;
  const count = quarantined.length;
  const reasons = [...new Set(quarantined.map((entry) => entry.reason))];
  return (
    <div className="container">
      <Alert variant="warning" title="Loggtjänsten tog inte emot allt från den här skärmen">
        {count === 1 ? 'En visning' : `${count} visningar`} av patientuppgifter kunde inte loggas
        från webbläsaren. Tjänsterna som lämnade ut uppgifterna har loggat dem själva. Loggtjänsten
        svarade: {reasons.join(' ')} Kontakta din loggansvarige om det händer igen.
      </Alert>
    </div>
  );
}
