export { Inbox, type InboxProps, type PatientInContext } from './components/inbox';
export { CaseView, type CaseViewProps, type PatientDataShown } from './components/case-view';
export {
  InboxSettingsProvider,
  type InboxSettingsProviderProps,
} from './components/inbox-settings-provider';
export { useInboxUnreadCount } from './hooks/use-inbox-unread-count';
export { inboxContextOf, type InboxContext } from './model';
export type { InboxSettings } from './settings';
export type { Case, CaseDetail, CasePatient, SourceId } from './model';
