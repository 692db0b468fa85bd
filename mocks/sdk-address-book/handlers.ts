/**
 * The SDK address book: search organisations by name or organisation number, look up one
 * functional mailbox. Any logged-in member of staff may search it; the token is checked like
 * every backend's (mocks/lib/verify-token.ts).
 */
import { http } from 'msw';
import { authenticate } from '../lib/verify-token';
import { findMailbox, searchOrganisations, type Organisation } from './directory';
import { jsonApi, jsonApiError, type Resource } from '../lib/json-api';

export { removeMailbox } from './directory';

const BASE = '*/api/sdk/address-book/v1';
const MAX_RESULTS = 20;

export type OrganisationAttributes = {
  participantId: string;
  organisationNumber: string;
  name: string;
  description: string;
  mailboxes: { id: string; name: string; description: string }[];
};

export type MailboxAttributes = {
  name: string;
  description: string;
  status: 'active' | 'removed';
  organisation: { participantId: string; organisationNumber: string; name: string };
};

const organisationResource = (o: Organisation): Resource<OrganisationAttributes> => ({
  type: 'organisations',
  id: o.participantId,
  attributes: {
    participantId: o.participantId,
    organisationNumber: o.organisationNumber,
    name: o.name,
    description: o.description,
    mailboxes: o.mailboxes.map(({ id, name, description }) => ({ id, name, description })),
  },
});

export const sdkAddressBookHandlers = [
  http.get(`${BASE}/organisations`, async ({ request }) => {
    const auth = await authenticate(request, jsonApiError);
    if (!auth.ok) return auth.response;
    const search = new URL(request.url).searchParams.get('filter[search]')?.trim() ?? '';
    if (search.length < 2) {
      return jsonApiError(
        400,
        'search_too_short',
        'Skriv minst två tecken av namnet eller organisationsnumret.',
        '/filter/search',
      );
    }
    const found = searchOrganisations(search);
    return jsonApi({
      data: found.slice(0, MAX_RESULTS).map(organisationResource),
      meta: { total: found.length },
    });
  }),

  http.get(`${BASE}/mailboxes/:mailboxId`, async ({ request, params }) => {
    const auth = await authenticate(request, jsonApiError);
    if (!auth.ok) return auth.response;
    const entry = findMailbox(String(params.mailboxId));
    if (!entry) {
      return jsonApiError(404, 'mailbox_unknown', 'Funktionsbrevlådan finns inte i adressboken.');
    }
    const { organisation, mailbox } = entry;
    const resource: Resource<MailboxAttributes> = {
      type: 'mailboxes',
      id: mailbox.id,
      attributes: {
        name: mailbox.name,
        description: mailbox.description,
        status: mailbox.status,
        organisation: {
          participantId: organisation.participantId,
          organisationNumber: organisation.organisationNumber,
          name: organisation.name,
        },
      },
    };
    return jsonApi({ data: resource });
  }),
];
