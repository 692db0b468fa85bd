import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Button, Loading, TextField } from '@/components';
import { useAddressBookSearch } from '../api/address-book';
import type { Party } from '../api/schemas';

type RecipientPickerProps = {
  value: Party | null;
  onChange: (recipient: Party | null) => void;
  error?: string;
  disabled?: boolean;
};

/**
 * The recipient: a functional mailbox found in the address book by name or organisation
 * number. No nested form (the composer is one): Enter in the field searches.
 */
export function RecipientPicker({ value, onChange, error, disabled }: RecipientPickerProps) {
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const search = useAddressBookSearch(submitted);
  const resultsId = useId();
  // The button pressed disappears with the view it was in: focus goes to its successor.
  const focusNext = useRef<'chosen' | 'search' | null>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const searchField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusNext.current === 'chosen' && value) changeButton.current?.focus();
    if (focusNext.current === 'search' && !value) searchField.current?.focus();
    focusNext.current = null;
  }, [value]);
  const choose = (recipient: Party | null) => {
    focusNext.current = recipient ? 'chosen' : 'search';
    onChange(recipient);
  };

  const runSearch = () => {
    setTooShort(text.trim().length < 2);
    setSubmitted(text.trim());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      runSearch();
    }
  };

  if (value) {
    return (
      <div className="sdk-recipient stack" role="group" aria-labelledby={`${resultsId}-chosen`}>
        <p id={`${resultsId}-chosen`} className="sdk-recipient__label">
          Mottagare
        </p>
        <p>
          <strong>{value.mailboxName}</strong>, {value.organisationName}{' '}
          <span className="sdk-muted">({value.participantId})</span>
        </p>
        {error && (
          <p className="sdk-field-error">
            <span className="visually-hidden">Fel: </span>
            {error}
          </p>
        )}
        <div>
          <Button
            ref={changeButton}
            variant="secondary"
            size="sm"
            onClick={() => choose(null)}
            disabled={disabled}
          >
            Byt mottagare
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="sdk-recipient stack" role="search" aria-label="Sök mottagare i adressboken">
      <div className="sdk-recipient__search">
        <TextField
          ref={searchField}
          id="sdk-recipient"
          label="Mottagare"
          hint="Sök på organisationens eller funktionsbrevlådans namn, eller på organisationsnummer."
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          error={tooShort ? 'Skriv minst två tecken.' : error}
          disabled={disabled}
          autoComplete="off"
        />
        <Button variant="secondary" onClick={runSearch} disabled={disabled}>
          Sök i adressboken
        </Button>
      </div>
      {!tooShort && submitted.length >= 2 && (
        <div aria-live="polite" className="stack">
          {search.isPending ? (
            <Loading label="Söker i adressboken …" />
          ) : search.isError ? (
            <Alert variant="error" title="Adressboken gick inte att söka i">
              {search.error.message}
            </Alert>
          ) : search.data.organisations.length === 0 ? (
            <p>Ingen organisation i adressboken matchar ”{submitted}”.</p>
          ) : (
            <>
              <p className="visually-hidden">
                {search.data.total} {search.data.total === 1 ? 'organisation' : 'organisationer'}{' '}
                hittades.
              </p>
              <ul className="sdk-directory" aria-label="Träffar i adressboken">
                {search.data.organisations.map((organisation) => (
                  <li key={organisation.participantId} className="sdk-directory__org">
                    <p className="sdk-directory__name">
                      <strong>{organisation.name}</strong>{' '}
                      <span className="sdk-muted">
                        org.nr {organisation.organisationNumber} · {organisation.participantId}
                      </span>
                    </p>
                    <p className="sdk-muted">{organisation.description}</p>
                    <ul className="sdk-directory__mailboxes">
                      {organisation.mailboxes.map((mailbox) => (
                        <li key={mailbox.id}>
                          <Button
                            variant="secondary"
                            size="sm"
                            aria-describedby={`${resultsId}-${mailbox.id}`}
                            onClick={() =>
                              choose({
                                participantId: organisation.participantId,
                                organisationName: organisation.name,
                                mailboxId: mailbox.id,
                                mailboxName: mailbox.name,
                              })
                            }
                          >
                            Välj {mailbox.name}
                          </Button>{' '}
                          <span id={`${resultsId}-${mailbox.id}`} className="sdk-muted">
                            {mailbox.description}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
