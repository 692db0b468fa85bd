import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { renderToString } from 'react-dom/server';
import { createExternalStore, useExternalStore, type ExternalStore } from './external-store';

function Show<T>({ store, select }: { store: ExternalStore<T>; select?: (value: T) => string }) {
  const value = useExternalStore(store, select ?? ((v: T) => String(v)));
  return <output>{value}</output>;
}

describe('createExternalStore', () => {
  it('re-renders its readers when told the value changed, and only then', () => {
    let value = 'Norrbotten';
    const store = createExternalStore(() => value);
    render(<Show store={store} />);
    expect(screen.getByRole('status')).toHaveTextContent('Norrbotten');

    value = 'Skåne';
    act(() => store.notify());
    expect(screen.getByRole('status')).toHaveTextContent('Skåne');
  });

  it('re-renders a reader of one part only when that part changes', () => {
    let progress = new Map([['webcert', 10]]);
    const store = createExternalStore(() => progress);
    let renders = 0;
    function Webcert() {
      return <output>{useExternalStore(store, (all) => all.get('webcert') ?? 0)}</output>;
    }
    render(
      <Profiler id="webcert" onRender={() => (renders += 1)}>
        <Webcert />
      </Profiler>,
    );
    progress = new Map([...progress, ['sdk', 3]]);
    act(() => store.notify());
    expect(renders).toBe(1);
    progress = new Map([...progress, ['webcert', 20]]);
    act(() => store.notify());
    expect(screen.getByRole('status')).toHaveTextContent('20');
    expect(renders).toBe(2);
  });

  it('watches an outside source while someone reads, and stops when nobody does', () => {
    let value = 1;
    const stop = vi.fn();
    let changed: (() => void) | null = null;
    const store = createExternalStore(() => value, {
      watch: (listener) => {
        changed = listener;
        return stop;
      },
    });
    const view = render(<Show store={store} />);
    value = 2;
    act(() => changed?.());
    expect(screen.getByRole('status')).toHaveTextContent('2');
    view.unmount();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('renders its server value on the server', () => {
    const store = createExternalStore<string | null>(
      () => {
        throw new Error('no storage on the server');
      },
      { serverValue: null },
    );
    expect(renderToString(<Show store={store} />)).toContain('null');
  });
});
