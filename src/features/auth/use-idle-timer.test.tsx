import { otherTab } from '@/testing/other-tab';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useIdleTimer } from './use-idle-timer';

/** Idle time passes on a fake clock; messages between tabs still need the real event loop. */
const pass = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const deliverMessages = () =>
  act(() => new Promise<void>((resolve) => setImmediate(resolve)).then(() => {}));

describe('useIdleTimer across tabs', () => {
  afterEach(() => vi.useRealTimers());

  it('counts activity in another tab: the warning closes and the logout waits', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const onTimeout = vi.fn();
    const { result } = renderHook(() =>
      useIdleTimer({ enabled: true, timeoutMs: 60_000, warningMs: 20_000, onTimeout }),
    );
    await pass(50_000);
    expect(result.current.logoutAt).not.toBeNull();
    const tab = otherTab();
    tab.post({ type: 'active' });
    await deliverMessages();
    await deliverMessages();
    expect(result.current.logoutAt).toBeNull();
    // The full timeout starts over from the other tab's activity.
    await pass(50_000);
    expect(onTimeout).not.toHaveBeenCalled();
    await pass(10_000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
    tab.close();
  });

  it('tells the other tabs of activity here', async () => {
    const tab = otherTab();
    renderHook(() =>
      useIdleTimer({ enabled: true, timeoutMs: 60_000, warningMs: 10_000, onTimeout: () => {} }),
    );
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    });
    await waitFor(() => expect(tab.heard).toContainEqual({ type: 'active' }));
    tab.close();
  });
});
