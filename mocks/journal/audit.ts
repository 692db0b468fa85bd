/**
 * The journal's own audit log, kept as a journal system keeps one and written by its FHIR server
 * whatever client asked: one FHIR R4 AuditEvent for every read of a patient's records (Patient,
 * Condition, Encounter, and the audit log itself) with a valid token – who (the token's user and
 * their Practitioner, and the app), which patient, when, and how it ended, refusals included.
 * Read back with `GET <base>/AuditEvent?patient=<id>` and the scope `patient/AuditEvent.rs`.
 *
 * In this process's memory like the rest of the journal (a restart starts empty). It shares
 * nothing with the workspace's access log: two systems, two logs (docs/decisions/0016).
 */
import { IDENTIFIER_SYSTEMS, practitionerOfHsaId, type FhirResource } from './data';

/** The resource types whose reads are audited: what a token for a patient reads of them. */
export const AUDITED_TYPES = ['Patient', 'Condition', 'Encounter', 'AuditEvent'] as const;

const MAX_EVENTS = 10_000;

export type AuditedRead = {
  /** The FHIR base that answered. */
  base: string;
  /** "Patient/pat-0001" for a read by id, or "Condition" for a search. */
  target: string;
  /** The search, as the client sent it (path and query after the base); null for a read. */
  query: string | null;
  /** The patient the request concerned (the compartment it named, else the token's). */
  patientId: string;
  /** The token's user (HSA-id) and the app it was issued to. */
  user: string;
  clientId: string;
  /** The answer's HTTP status. */
  status: number;
};

/** FHIR R4 AuditEvent.outcome: 0 success, 4 minor failure (refused), 8 serious failure. */
const outcomeOf = (status: number): '0' | '4' | '8' =>
  status < 400 ? '0' : status < 500 ? '4' : '8';

const entityType = (code: '1' | '2') => ({
  system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
  code,
  display: code === '1' ? 'Person' : 'System Object',
});

const objectRole = (code: '1' | '24') => ({
  system: 'http://terminology.hl7.org/CodeSystem/object-role',
  code,
  display: code === '1' ? 'Patient' : 'Query',
});

function auditEvent(id: string, read: AuditedRead, recorded: string): FhirResource {
  const search = read.query !== null;
  const practitioner = practitionerOfHsaId(read.user);
  return {
    resourceType: 'AuditEvent',
    id,
    type: {
      system: 'http://terminology.hl7.org/CodeSystem/audit-event-type',
      code: 'rest',
      display: 'RESTful Operation',
    },
    subtype: [
      {
        system: 'http://hl7.org/fhir/restful-interaction',
        code: search ? 'search-type' : 'read',
      },
    ],
    // R4: a read is R, a search is E (execute).
    action: search ? 'E' : 'R',
    recorded,
    outcome: outcomeOf(read.status),
    ...(read.status >= 400 && { outcomeDesc: `HTTP ${read.status}` }),
    agent: [
      {
        who: {
          ...(practitioner && { reference: `${read.base}/Practitioner/${practitioner.id}` }),
          identifier: { system: IDENTIFIER_SYSTEMS.hsaId, value: read.user },
          ...(practitioner && {
            display: `${practitioner.staff.given_name} ${practitioner.staff.family_name}`,
          }),
        },
        requestor: true,
      },
      {
        type: {
          coding: [
            {
              system: 'http://dicom.nema.org/resources/ontology/DCM',
              code: '110150',
              display: 'Application',
            },
          ],
        },
        who: { identifier: { value: read.clientId } },
        requestor: false,
      },
    ],
    source: {
      site: read.base,
      observer: { display: 'Journalsystemet (simulator), FHIR-servern' },
      type: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/security-source-type',
          code: '4',
          display: 'Application Server',
        },
      ],
    },
    entity: [
      {
        what: { reference: `Patient/${read.patientId}` },
        type: entityType('1'),
        role: objectRole('1'),
      },
      search
        ? {
            type: entityType('2'),
            role: objectRole('24'),
            description: read.target,
            query: Buffer.from(read.query!).toString('base64'),
          }
        : { what: { reference: read.target }, type: entityType('2') },
    ],
  };
}

type Stored = { patientId: string; resource: FhirResource };

export class AuditLog {
  private readonly events: Stored[] = [];
  private sequence = 0;

  record(read: AuditedRead): FhirResource {
    this.sequence += 1;
    const id = `audit-${String(this.sequence).padStart(6, '0')}`;
    const resource = auditEvent(id, read, new Date().toISOString());
    this.events.push({ patientId: read.patientId, resource });
    if (this.events.length > MAX_EVENTS) this.events.shift();
    return resource;
  }

  /** The patient's events, newest first. */
  ofPatient(patientId: string): FhirResource[] {
    return this.events
      .filter((event) => event.patientId === patientId)
      .map((event) => event.resource)
      .reverse();
  }
}
