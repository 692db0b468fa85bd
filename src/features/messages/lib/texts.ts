/** What the messages screens say in more than one place. */

/** The title above a failed fetch (the shared LoadError): the reason and "Försök igen" follow. */
export const LOAD_FAILED = 'Meddelandena gick inte att hämta';
