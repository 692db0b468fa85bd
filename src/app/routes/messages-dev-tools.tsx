import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Disclosure } from '@/components';
import { messageKeys } from '@/features/messages';
import {
  deliverNextInbound,
  sendFailuresActive,
  simulateSendFailures,
} from '../../../mocks/sdk-message-service/handlers';

/**
 * Development only (the dev server and VITE_DEV_TOOLS builds): switches of the mock message
 * service, which runs in this page. Make sending fail (to see "fel" and retry), and let the
 * next inbound message arrive now instead of waiting for it.
 */
export function MessagesDevTools() {
  const queryClient = useQueryClient();
  const [failing, setFailing] = useState(sendFailuresActive);
  const [arrived, setArrived] = useState<string | null>(null);

  return (
    <aside aria-label="Utvecklarverktyg för meddelanden" className="stack">
      <Disclosure summary="Utvecklarverktyg (testmiljö)">
        <div className="stack">
          <Checkbox
            label="Simulera fel när meddelanden skickas"
            hint="Meddelandetjänsten svarar 503 tills du kryssar ur rutan."
            checked={failing}
            onChange={(event) => {
              simulateSendFailures('reject', event.target.checked ? null : 0);
              setFailing(event.target.checked);
            }}
          />
          <div>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => {
                const message = deliverNextInbound();
                setArrived(
                  message ? `”${message.label}” kom fram.` : 'Inga fler väntande meddelanden.',
                );
                void queryClient.invalidateQueries({ queryKey: messageKeys.all });
              }}
            >
              Låt nästa inkommande meddelande komma fram nu
            </Button>
          </div>
          {arrived && <p role="status">{arrived}</p>}
        </div>
      </Disclosure>
    </aside>
  );
}
