import { useState } from 'react';
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { keepEarlyInput } from './early-input';

function SearchForm({ onSearch }: { onSearch: (query: string) => void }) {
  const [query, setQuery] = useState('');
  const [region, setRegion] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(`${query} i ${region}`);
      }}
    >
      <label>
        Sök
        <input value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      <label>
        Region
        <select value={region} onChange={(event) => setRegion(event.target.value)}>
          <option value="">Ingen vald</option>
          <option value="sjodal">Region Sjödal</option>
        </select>
      </label>
      <output>{`${query}|${region}`}</output>
    </form>
  );
}

test('what was typed and chosen before hydration reaches the app, and a held submit is sent', async () => {
  const onSearch = vi.fn();
  const root = document.createElement('div');
  document.body.append(root);
  root.innerHTML = renderToString(<SearchForm onSearch={onSearch} />);
  // The person acts before the app runs; the page's guard held the submit back.
  root.querySelector('input')!.value = 'kateter';
  root.querySelector('select')!.value = 'sjodal';
  Object.assign(root.querySelector('form')!, { submitHeld: true });

  const handOver = keepEarlyInput(root);
  await act(async () => {
    hydrateRoot(root, <SearchForm onSearch={onSearch} />);
  });
  await act(async () => {
    handOver();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  expect(root.querySelector('output')).toHaveTextContent('kateter|sjodal');
  expect(onSearch).toHaveBeenCalledWith('kateter i sjodal');
  expect(root.querySelector('form')).toHaveProperty('submitHeld', false);
  root.remove();
});

test('fields nobody touched are left alone', async () => {
  const root = document.createElement('div');
  root.innerHTML = renderToString(<SearchForm onSearch={() => {}} />);
  const input = root.querySelector('input')!;
  const events = vi.fn();
  input.addEventListener('input', events);
  keepEarlyInput(root)();
  expect(events).not.toHaveBeenCalled();
});
