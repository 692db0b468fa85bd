import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Disclosure } from '@/components';
import { messageKeys } from '@/features/messages';
import { deliverNextInbound, readDevSwitches, updateDevSwitches } from './dev-api';

/**
 * Development only (the dev server and VITE_DEV_TOOLS builds): switches of the mock message
 * service for this browser only. Make sending fail (to see "fel" and retry), and let the next
 * inbound message arrive now instead of waiting for it.
 */
export function MessagesDevTools() {
  const queryClient = useQueryClient();
  const [failing, setFailing] = useState(false);
  const [arrived, setArrived] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    readDevSwitches().then(
      (switches) => setFailing(switches.messageSendFailures !== null),
      (failure: Error) => setError(failure.message),
    );
  }, []);

  const toggleFailures = async (on: boolean) => {
    setError(null);
    setFailing(on);
    try {
      await updateDevSwitches({
        messageSendFailures: on ? { mode: 'reject', count: null } : null,
      });
    } catch (failure) {
      setFailing(!on);
      setError((failure as Error).message);
    }
  };

  const deliver = async () => {
    setError(null);
    try {
      const { delivered } = await deliverNextInbound();
      setArrived(delivered ? `”${delivered.label}” kom fram.` : 'Inga fler väntande meddelanden.');
      void queryClient.invalidateQueries({ queryKey: messageKeys.all });
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <aside aria-label="Utvecklarverktyg för meddelanden" className="stack">
      <Disclosure summary="Utvecklarverktyg (testmiljö)">
        <div className="stack">
          {error && (
            <Alert variant="error" title="Utvecklarverktyget svarade inte" live>
              {error}
            </Alert>
          )}
          <Checkbox
            label="Simulera fel när meddelanden skickas"
            hint="Meddelandetjänsten svarar 503 på dina meddelanden tills du kryssar ur rutan. Andra märker inget."
            checked={failing}
            onChange={(event) => void toggleFailures(event.target.checked)}
          />
          <div>
            <Button variant="secondary" size="sm" onClick={() => void deliver()}>
              Låt nästa inkommande meddelande komma fram nu
            </Button>
          </div>
          {arrived && <p role="status">{arrived}</p>}
        </div>
      </Disclosure>
    </aside>
  );
}
