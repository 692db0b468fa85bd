import { lazy, Suspense, useMemo } from 'react';
import { Outlet, useOutletContext, useParams } from 'react-router';
import { Alert } from '@/components';
import { isCareCommission, useAuth } from '@/features/auth';
import {
  ConversationView,
  MailboxList,
  MailboxView,
  NewMessageView,
  useOutboxSync,
  type MessagesContext,
} from '@/features/messages';

/** The development switches of the mock message service; never in a production build. */
const DEV_TOOLS = import.meta.env.DEV || import.meta.env.VITE_DEV_TOOLS === 'on';
const MessagesDevTools = DEV_TOOLS
  ? lazy(async () => ({ default: (await import('./messages-dev-tools')).MessagesDevTools }))
  : null;

/**
 * `/meddelanden`: secure messages between organisations, for the active commission's unit. The
 * router has seen to the login and the commission; the screens are its children
 * (./messages-routes.tsx), and get who works in which commission from here.
 */
export function MessagesPage() {
  const { profile, activeCommission } = useAuth();
  if (!profile) return null;
  if (!isCareCommission(activeCommission)) {
    return (
      <div className="stack">
        <h1>Meddelanden</h1>
        <Alert
          variant="info"
          title="Meddelanden kräver ett uppdrag för vård och behandling"
          headingLevel={2}
        >
          Säkra meddelanden mellan organisationer innehåller ofta patientuppgifter. Välj ett
          medarbetaruppdrag med syftet vård och behandling för att läsa och skicka dem.
        </Alert>
      </div>
    );
  }
  return (
    <MessagesScreens
      employeeHsaId={profile.employeeHsaId}
      commissionHsaId={activeCommission.commissionHsaId}
      careUnitName={activeCommission.healthCareUnitName}
    />
  );
}

/** The screen of the address, and what waits in this browser handed to the service meanwhile. */
function MessagesScreens({ employeeHsaId, commissionHsaId, careUnitName }: MessagesContext) {
  const context = useMemo(
    () => ({ employeeHsaId, commissionHsaId, careUnitName }),
    [employeeHsaId, commissionHsaId, careUnitName],
  );
  useOutboxSync(context);
  return (
    <>
      <Outlet context={context} />
      {MessagesDevTools && (
        <Suspense fallback={null}>
          <MessagesDevTools />
        </Suspense>
      )}
    </>
  );
}

const useMessagesContext = () => useOutletContext<MessagesContext>();

/** `/meddelanden` itself: the unit's mailboxes. */
export function MailboxListRoute() {
  return <MailboxList context={useMessagesContext()} />;
}

/** `/meddelanden/:mailboxId` */
export function MailboxRoute() {
  const context = useMessagesContext();
  const { mailboxId = '' } = useParams();
  return <MailboxView key={mailboxId} context={context} mailboxId={mailboxId} />;
}

/** `/meddelanden/:mailboxId/nytt` */
export function NewMessageRoute() {
  const context = useMessagesContext();
  const { mailboxId = '' } = useParams();
  return <NewMessageView key={mailboxId} context={context} mailboxId={mailboxId} />;
}

/** `/meddelanden/:mailboxId/:conversationId` */
export function ConversationRoute() {
  const context = useMessagesContext();
  const { mailboxId = '', conversationId = '' } = useParams();
  return (
    <ConversationView
      key={`${mailboxId}/${conversationId}`}
      context={context}
      mailboxId={mailboxId}
      conversationId={conversationId}
    />
  );
}
