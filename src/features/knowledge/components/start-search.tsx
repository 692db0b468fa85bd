import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { SearchField } from '@/components';
import { paths } from '@/config/paths';
import { containsIdentityNumber } from '@/lib/identity-number-like';
import './start-page.css';

export type StartSearchProps = {
  label?: string;
  hint?: string;
  defaultValue?: string;
};

/** The big search box: submits to the search page (/sok?q=…). */
export function StartSearch({
  label = 'Sök i kunskapsstödet',
  hint = 'Till exempel diagnos, åtgärd eller ämne: KOL, PVK, fallprevention, hemblodtryck',
  defaultValue = '',
}: StartSearchProps) {
  const navigate = useNavigate();
  const [query, setQuery] = useState(defaultValue);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    // A search goes into the address bar and the history: never a personal identity number.
    if (containsIdentityNumber(q)) {
      setError('Sök inte på personnummer här. Ta bort numret och sök på ämne eller diagnos.');
      return;
    }
    if (q) void navigate(paths.search.getHref({ q }));
  };

  return (
    <form role="search" aria-label="Kunskapsstöd" className="start-search" onSubmit={submit}>
      <SearchField
        label={label}
        hint={hint}
        name="q"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setError(null);
        }}
        error={error ?? undefined}
        submitLabel="Sök"
        autoComplete="off"
        inputClassName="start-search__input"
      />
    </form>
  );
}
