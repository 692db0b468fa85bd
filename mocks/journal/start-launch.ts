/**
 * What happens when a journal user opens a patient in the workspace, in each of the three ways
 * the workspace accepts: a SMART EHR launch (iss + an opaque launch value, resolved later at
 * this journal's authorization server), a launch handle registered server to server with the
 * workspace's launch-context backend, or a direct link with the identity number in it.
 */
import { registerLaunch } from '../launch-context/journal-system-client';
import { JOURNAL_SYSTEMS } from '../launch-context/systems';
import { NAMESPACE_HEADER } from '../lib/request-context';
import { fhirBaseOf, type JournalContext } from './context';
import { activeIcd10Of, findPatient } from './data';
import type { Installation } from './installations';
import { opaqueId, type Fault, type Launch, type LaunchMethod } from './launches';

export type LaunchRequest = {
  patientId: string;
  installation: Installation;
  encounterId: string | null;
  method: LaunchMethod;
  /** Applies to SMART launches only: the other two never reach this journal again. */
  fault: Fault | null;
  /** HSA-id of the journal's user. */
  user: string;
  /** The browser's mock namespace, passed on to the mock-API service (tests isolate so). */
  namespace: string | null;
};

/** A launch the journal could not make; the message is for the person who tried. */
export class LaunchError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'LaunchError';
  }
}

export async function startLaunch(
  context: JournalContext,
  request: LaunchRequest,
): Promise<Launch> {
  const patient = findPatient(request.patientId);
  if (!patient) throw new LaunchError(400, 'Patienten finns inte i journalen.');
  const launchUrl = new URL('/launch', context.appOrigin);
  const iss = fhirBaseOf(context, request.installation);
  const record = {
    id: opaqueId(),
    patientId: patient.id,
    installation: request.installation.key,
    iss,
    method: request.method,
    user: request.user,
    detail: null,
  };

  if (request.method === 'smart') {
    launchUrl.searchParams.set('iss', iss);
    launchUrl.searchParams.set('launch', record.id);
    return context.state.addLaunch({
      ...record,
      encounterId: request.encounterId,
      fault: request.fault,
      launchUrl: launchUrl.href,
      status: 'pending',
    });
  }

  if (patient.identityNumber === null) {
    throw new LaunchError(
      400,
      `${patient.name} har inget personnummer eller samordningsnummer, så ${request.method === 'handle' ? 'en startnyckel' : 'en direktlänk'} kan inte peka ut patienten. Välj SMART App Launch i stället.`,
    );
  }
  const icd10 = activeIcd10Of(patient.id);
  let url: string;
  if (request.method === 'direct') {
    launchUrl.searchParams.set('patient', patient.identityNumber);
    if (icd10.length > 0) launchUrl.searchParams.set('icd10', icd10.join(','));
    url = launchUrl.href;
  } else {
    const headers = request.namespace ? { [NAMESPACE_HEADER]: request.namespace } : undefined;
    try {
      ({ launchUrl: url } = await registerLaunch(
        JOURNAL_SYSTEMS[0]!,
        { patient: patient.identityNumber, user: request.user, icd10 },
        context.mockApiOrigin,
        headers,
      ));
    } catch (error) {
      const reason =
        error instanceof TypeError
          ? `${context.mockApiOrigin} svarar inte`
          : String((error as Error).message);
      throw new LaunchError(
        502,
        `Journalsystemet kunde inte registrera starten hos 1177 för vårdpersonal: ${reason}.`,
      );
    }
  }
  return context.state.addLaunch({
    ...record,
    encounterId: null,
    fault: null,
    launchUrl: url,
    status: 'handed-over',
  });
}
