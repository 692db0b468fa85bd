import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { SearchField } from '@/components';
import { paths } from '@/config/paths';
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    if (q) void navigate(paths.search.getHref({ q }));
  };

  return (
    <form role="search" aria-label="Kunskapsstöd" className="start-search" onSubmit={submit}>
      <SearchField
        label={label}
        hint={hint}
        name="q"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        submitLabel="Sök"
        autoComplete="off"
        inputClassName="start-search__input"
      />
    </form>
  );
}
