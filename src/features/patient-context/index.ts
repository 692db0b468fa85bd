import type {
  completeSmartLaunch as CompleteSmartLaunch,
  startSmartLaunch as StartSmartLaunch,
} from './smart/smart-launch';

export {
  captureLaunch,
  readPendingLaunch,
  storePendingLaunch,
  clearPendingLaunch,
  validateLaunch,
  launchProblem,
  LAUNCH_FAILED_TITLE,
  LAUNCH_PATH,
  LAUNCH_CONTINUE_PATH,
} from './launch';
export type { LaunchFields, LaunchProblem, PendingLaunch, ValidLaunch } from './launch';
export { parseIdentityNumber, formatIdentityNumber, ageOf } from './identity-number';
export type { IdentityNumber, IdentityNumberResult } from './identity-number';
export { parseDestination, destinationPath } from './destination';
export type { Destination } from './destination';
export { parseIcd10Codes } from './icd10';
export {
  usePatientContext,
  getPatientContext,
  setPatientContext,
  clearPatientContext,
} from './patient-context-store';
export type { PatientContext } from './patient-context-store';
export { redeemLaunch } from './api/redeem-launch';
export { SmartLaunchError, smartLaunchProblem } from './smart/smart-launch-error';
// SMART's client is loaded only by a SMART launch, never with the rest of the app.
const smartLaunch = () => import('./smart/smart-launch');
export const startSmartLaunch: typeof StartSmartLaunch = async (...args) =>
  (await smartLaunch()).startSmartLaunch(...args);
export const completeSmartLaunch: typeof CompleteSmartLaunch = async () =>
  (await smartLaunch()).completeSmartLaunch();
export { accessLogQueue, displayKey } from './access-log-queue';
export { PatientBanner, PROTECTED_NAME } from './components/patient-banner';
export { PatientPanel } from './components/patient-panel';
export { LaunchFailure } from './components/launch-failure';
export { CommissionChoice } from './components/commission-choice';
export { AccessLogReview } from './components/access-log-review';
export type { CommissionLike, Worker } from './types';
export { LOG_REVIEWER_ROLE, isLogReviewer } from './access-log-roles';
