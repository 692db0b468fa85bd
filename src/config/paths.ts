/** Every route of the app, named once. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  callback: { path: '/callback', getHref: () => '/callback' },
  silentCallback: { path: '/silent-callback', getHref: () => '/silent-callback' },
  loggedOut: { path: '/utloggad', getHref: () => '/utloggad' },
  chooseCommission: {
    path: '/valj-uppdrag',
    getHref: (returnTo?: string) =>
      returnTo ? `/valj-uppdrag?${new URLSearchParams({ till: returnTo })}` : '/valj-uppdrag',
  },
  services: { path: '/tjanster', getHref: () => '/tjanster' },
  /** A journal system's launch; the parameters are moved out of the address at once (main.tsx). */
  launch: { path: '/launch', getHref: () => '/launch' },
  /** Where the login returns a launch to: no parameters, the context waits in sessionStorage. */
  launchContinue: { path: '/launch/fortsatt', getHref: () => '/launch/fortsatt' },
  /** SMART App Launch: the journal system's authorization server returns here (redirect_uri). */
  launchSmart: { path: '/launch/smart', getHref: () => '/launch/smart' },
  accessLog: { path: '/atkomstlogg', getHref: () => '/atkomstlogg' },
  /**
   * Secure messages (SDK): the care unit's functional mailboxes, and the router's children
   * below. `getHref(mailboxId, conversationIdOrNew)` is the older way to the children; use
   * theirs.
   */
  messages: {
    path: '/meddelanden',
    getHref: (mailboxId?: string, conversationIdOrNew?: string) =>
      ['/meddelanden', mailboxId, conversationIdOrNew]
        .filter((part): part is string => Boolean(part))
        .map((part, index) => (index === 0 ? part : encodeURIComponent(part)))
        .join('/'),
  },
  /** One functional mailbox: its conversations, unsent messages and the person's drafts. */
  messagesMailbox: {
    path: '/meddelanden/:mailboxId',
    getHref: (mailboxId: string) => `/meddelanden/${encodeURIComponent(mailboxId)}`,
  },
  /** A new message; `?utkast=` names the draft written, so a reload opens the same one. */
  messagesNew: {
    path: '/meddelanden/:mailboxId/nytt',
    getHref: (mailboxId: string, draftId?: string) =>
      withDraft(`/meddelanden/${encodeURIComponent(mailboxId)}/nytt`, draftId),
  },
  /** A conversation and its reply; `?utkast=` names the reply's draft. */
  messagesConversation: {
    path: '/meddelanden/:mailboxId/:conversationId',
    getHref: (mailboxId: string, conversationId: string, draftId?: string) =>
      withDraft(
        `/meddelanden/${encodeURIComponent(mailboxId)}/${encodeURIComponent(conversationId)}`,
        draftId,
      ),
  },
  /** Development only (see src/app/router.tsx). */
  devTools: { path: '/dev/verktyg', getHref: () => '/dev/verktyg' },
  search: {
    path: '/sok',
    /**
     * `q` the words; the facets' codes (a parameter repeated for several values, e.g.
     * `malgrupp=sjukskoterska`): `kalla`, `avsandartyp`, `innehall`, `malgrupp`, `region`,
     * `diagnos`, `uppdaterad`, `patientmaterial`; `sortering=senast`; `sida` (2 and up).
     * Never an identity number (the search page refuses to write one).
     */
    getHref: (params: SearchHrefParams = {}) => {
      const query = new URLSearchParams();
      for (const [name, value] of Object.entries(params)) {
        for (const one of [value ?? []].flat()) if (one) query.append(name, one);
      }
      const text = query.toString();
      return text ? `/sok?${text}` : '/sok';
    },
  },
  article: {
    path: '/kunskap/:id',
    getHref: (id: string) => `/kunskap/${encodeURIComponent(id)}`,
  },
  articleVersion: {
    path: '/kunskap/:id/version/:version',
    getHref: (id: string, version: number) =>
      `/kunskap/${encodeURIComponent(id)}/version/${version}`,
  },
  articlePrint: {
    path: '/kunskap/:id/utskrift',
    getHref: (id: string) => `/kunskap/${encodeURIComponent(id)}/utskrift`,
  },
  /** Filters live in the query (see src/features/inbox/lib/filters.ts), never an identity number. */
  inbox: { path: '/inkorg', getHref: () => '/inkorg' },
  inboxCase: {
    path: '/inkorg/:source/:caseId',
    getHref: (source: string, caseId: string) =>
      `/inkorg/${encodeURIComponent(source)}/${encodeURIComponent(caseId)}`,
  },
} as const;

/** The messages screens' parameter naming the draft a screen edits (see `paths.messagesNew`). */
export const MESSAGES_DRAFT_PARAM = 'utkast';

function withDraft(href: string, draftId: string | undefined): string {
  return draftId ? `${href}?${new URLSearchParams({ [MESSAGES_DRAFT_PARAM]: draftId })}` : href;
}

/** The search page's URL parameters (see `paths.search`). */
export const SEARCH_PARAM_NAMES = [
  'q',
  'kalla',
  'avsandartyp',
  'innehall',
  'malgrupp',
  'region',
  'diagnos',
  'uppdaterad',
  'patientmaterial',
  'sortering',
  'sida',
] as const;

export type SearchHrefParams = Partial<
  Record<(typeof SEARCH_PARAM_NAMES)[number], string | readonly string[]>
>;
