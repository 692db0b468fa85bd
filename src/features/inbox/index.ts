export { Inbox, type InboxProps, type PatientInContext } from './components/inbox';
export { CaseView, type CaseViewProps, type PatientDataShown } from './components/case-view';
export {
  inboxContextOf,
  inboxSettings,
  useInboxUnreadCount,
  type InboxContext,
} from './api/inbox-queries';
export type { Case, CaseDetail, CasePatient, SourceId } from './model';
