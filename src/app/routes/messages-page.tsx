import { lazy, Suspense } from 'react';
import { Route, Routes, useParams } from 'react-router';
import { Alert } from '@/components';
import { isCareCommission, RequireAuth, useAuth } from '@/features/auth';
import {
  ConversationView,
  MailboxList,
  MailboxView,
  NewMessageView,
  type MessagesContext,
} from '@/features/messages';
import { NotFoundPage } from './not-found-page';

/** The development switches of the mock message service; never in a production build. */
const DEV_TOOLS = import.meta.env.DEV || import.meta.env.VITE_DEV_TOOLS === 'on';
const MessagesDevTools = DEV_TOOLS
  ? lazy(async () => ({ default: (await import('./messages-dev-tools')).MessagesDevTools }))
  : null;

function MailboxRoute({ context }: { context: MessagesContext }) {
  const { mailboxId = '' } = useParams();
  return <MailboxView key={mailboxId} context={context} mailboxId={mailboxId} />;
}

function NewMessageRoute({ context }: { context: MessagesContext }) {
  const { mailboxId = '' } = useParams();
  return <NewMessageView key={mailboxId} context={context} mailboxId={mailboxId} />;
}

function ConversationRoute({ context }: { context: MessagesContext }) {
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

/** `/meddelanden/*`: secure messages between organisations, for the active commission's unit. */
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
  const context: MessagesContext = {
    employeeHsaId: profile.employeeHsaId,
    commissionHsaId: activeCommission.commissionHsaId,
    careUnitName: activeCommission.healthCareUnitName,
  };
  return (
    <>
      <Routes>
        <Route index element={<MailboxList context={context} />} />
        <Route path=":mailboxId" element={<MailboxRoute context={context} />} />
        <Route path=":mailboxId/nytt" element={<NewMessageRoute context={context} />} />
        <Route
          path=":mailboxId/:conversationId"
          element={<ConversationRoute context={context} />}
        />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
      {MessagesDevTools && (
        <Suspense fallback={null}>
          <MessagesDevTools />
        </Suspense>
      )}
    </>
  );
}

/** The route's component: login and a chosen commission first (loaded on demand by the router). */
export function MessagesRoute() {
  return (
    <RequireAuth>
      <MessagesPage />
    </RequireAuth>
  );
}
