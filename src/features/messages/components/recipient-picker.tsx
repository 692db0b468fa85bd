import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Button, TextField } from '@/components';
import { MIN_SEARCH_LENGTH, useAddressBookSearch } from '../api/address-book';
import type { Organisation, Party } from '../api/schemas';
import { useMessageSettings } from '../hooks/use-message-settings';

type RecipientPickerProps = {
  value: Party | null;
  onChange: (recipient: Party | null) => void;
  error?: string;
  disabled?: boolean;
};

type Option = { id: string; party: Party };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The recipient: a functional mailbox found in the address book by name or organisation
 * number. A combobox (the ARIA Authoring Practices' pattern with a listbox, manual selection):
 * the address book is searched as she types, once typing pauses; the arrow keys move through
 * the mailboxes found, Enter chooses one and Escape closes the list. Enter with no mailbox
 * picked, and "Sök i adressboken", search at once. No nested form (the composer is one).
 */
export function RecipientPicker({ value, onChange, error, disabled }: RecipientPickerProps) {
  const { searchDebounceMs } = useMessageSettings();
  const [text, setText] = useState('');
  /** What the address book is asked for: the text once typing pauses, or at once on request. */
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [tooShort, setTooShort] = useState(false);
  const search = useAddressBookSearch(query);
  const ids = useId();
  const listboxId = `${ids}-listbox`;
  const optionId = (mailboxId: string) => `${ids}-option-${mailboxId}`;

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), searchDebounceMs);
    return () => clearTimeout(timer);
  }, [text, searchDebounceMs]);

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
    setOpen(false);
    setActiveId(null);
    onChange(recipient);
  };

  const searching =
    !tooShort && text.trim().length >= MIN_SEARCH_LENGTH && query.length >= MIN_SEARCH_LENGTH;
  const shown = open && searching;
  const organisations = (searching && search.data?.organisations) || [];
  const options: Option[] = organisations.flatMap((organisation) =>
    organisation.mailboxes.map((mailbox) => ({
      id: optionId(mailbox.id),
      party: {
        participantId: organisation.participantId,
        organisationName: organisation.name,
        mailboxId: mailbox.id,
        mailboxName: mailbox.name,
      },
    })),
  );
  const activeIndex = shown ? options.findIndex((option) => option.id === activeId) : -1;
  const active = options[activeIndex];
  const expanded = shown && options.length > 0;

  useEffect(() => {
    if (!activeId) return;
    // jsdom has no scrollIntoView.
    document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const searchNow = () => {
    const trimmed = text.trim();
    setTooShort(trimmed.length < MIN_SEARCH_LENGTH);
    setQuery(trimmed);
    setOpen(true);
  };

  /** The arrow keys: open the list if it is closed, and move to the next (or previous) mailbox. */
  const move = (step: 1 | -1) => {
    if (!shown) searchNow();
    if (options.length === 0) return;
    const next =
      activeIndex === -1
        ? step === 1
          ? 0
          : options.length - 1
        : (activeIndex + step + options.length) % options.length;
    setActiveId(options[next]!.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) searchNow();
        else move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Enter':
        // The composer is a form: Enter here never sends it.
        event.preventDefault();
        if (active) choose(active.party);
        else searchNow();
        return;
      case 'Escape':
        if (shown) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setActiveId(null);
        } else if (text) {
          event.preventDefault();
          event.stopPropagation();
          setText('');
        }
        return;
    }
  };

  if (value) {
    return (
      <div className="sdk-recipient stack" role="group" aria-labelledby={`${ids}-chosen`}>
        <p id={`${ids}-chosen`} className="sdk-recipient__label">
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

  // What the list holds, in words: shown under the field and read out as it changes.
  const status = !shown
    ? ''
    : search.isError
      ? ''
      : !search.data || (search.isFetching && search.isPlaceholderData)
        ? 'Söker i adressboken …'
        : search.data.organisations.length === 0
          ? `Ingen organisation i adressboken matchar ”${query}”.`
          : `${plural(options.length, 'funktionsbrevlåda', 'funktionsbrevlådor')} hos ${plural(search.data.total, 'organisation', 'organisationer')}. Välj med pil ned och Enter.`;

  return (
    <div className="sdk-recipient stack" role="search" aria-label="Sök mottagare i adressboken">
      <div className="sdk-recipient__search">
        <TextField
          ref={searchField}
          id="sdk-recipient"
          label="Mottagare"
          hint="Sök på organisationens eller funktionsbrevlådans namn, eller på organisationsnummer."
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={active?.id}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setTooShort(false);
            setActiveId(null);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActiveId(null);
          }}
          error={tooShort ? 'Skriv minst två tecken.' : error}
          disabled={disabled}
          autoComplete="off"
          spellCheck={false}
        />
        <Button
          variant="secondary"
          onClick={() => {
            searchNow();
            searchField.current?.focus();
          }}
          disabled={disabled}
        >
          Sök i adressboken
        </Button>
      </div>
      <div className="sdk-combobox">
        <p role="status" className="sdk-combobox__status sdk-muted">
          {status}
        </p>
        {/* Clicks in the list keep the focus in the field, where the keys work. */}
        <div
          role="presentation"
          className="sdk-combobox__popup"
          hidden={!expanded && !(shown && search.isError)}
          onMouseDown={(event) => event.preventDefault()}
        >
          {shown && search.isError && (
            <Alert variant="error" title="Adressboken gick inte att söka i">
              {search.error.message}
            </Alert>
          )}
          <div
            role="listbox"
            id={listboxId}
            aria-label="Träffar i adressboken"
            className="sdk-combobox__listbox"
            hidden={!expanded}
          >
            {organisations.map((organisation) => (
              <OrganisationGroup
                key={organisation.participantId}
                organisation={organisation}
                labelId={`${ids}-org-${organisation.participantId}`}
                options={options}
                activeId={active?.id ?? null}
                onChoose={choose}
              />
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}

type OrganisationGroupProps = {
  organisation: Organisation;
  labelId: string;
  options: Option[];
  activeId: string | null;
  onChoose: (recipient: Party) => void;
};

/** An organisation's functional mailboxes in the list, under its name and number. */
function OrganisationGroup({
  organisation,
  labelId,
  options,
  activeId,
  onChoose,
}: OrganisationGroupProps) {
  return (
    <ul role="group" aria-labelledby={labelId} className="sdk-combobox__group">
      <li role="presentation" id={labelId} className="sdk-combobox__organisation">
        <strong>{organisation.name}</strong>{' '}
        <span className="sdk-muted">
          org.nr {organisation.organisationNumber} · {organisation.participantId}
        </span>
      </li>
      {organisation.mailboxes.map((mailbox) => {
        const option = options.find((o) => o.party.mailboxId === mailbox.id)!;
        return (
          // The keys are the combobox's (aria-activedescendant): an option never has focus.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={mailbox.id}
            id={option.id}
            role="option"
            aria-selected={option.id === activeId}
            aria-describedby={`${option.id}-description`}
            tabIndex={-1}
            className="sdk-combobox__option"
            onClick={() => onChoose(option.party)}
          >
            {/* Named by its mailbox's name, the text it shows first; the description is read
                after it, once (aria-describedby), not as part of the name. */}
            <span className="sdk-combobox__name">{mailbox.name}</span>
            <span id={`${option.id}-description`} className="sdk-muted" aria-hidden="true">
              {mailbox.description}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
