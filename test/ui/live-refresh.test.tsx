// Live updates in the renderer (issue 9 item 7): a change another workstation committed refreshes the queries of
// the areas it names, on screen, without a reload, and leaves the other areas' queries alone; browser mode's feed
// reads the event stream, and opens it again with the newest tab key when it ends, refreshing everything once.
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { httpLiveChanges } from '../../renderer/api/http-live-changes';
import { createApi } from '../../renderer/api/client';
import { attachLiveChanges, liveChangesOf, type LiveListener } from '../../renderer/api/live-changes';
import { selectTransport } from '../../renderer/api/select-transport';
import { UsersSettings } from '../../renderer/features/settings/users/UsersSettings';
import { ALL_AREAS, LIVE_CHANGES_PATH, type LiveChange } from '../../shared/live-changes';
import type { User } from '../../shared/contract/users';
import { TAB_HEADER } from '../../shared/web-door';
import { adminUser, ok, signedInApi } from './fake-api';
import { renderFeature } from './render-app';

const frances: User = { ...adminUser, id: 2, username: 'frances', fullName: 'Frances Desk', role: 'front_desk' };

describe('a change from another workstation', () => {
  it('shows on the screen of the area it names, and refetches nothing of another area', async () => {
    const api = signedInApi();
    let push: LiveListener = () => undefined;
    const unsubscribe = vi.fn();
    attachLiveChanges(api, (listener) => {
      push = listener;
      return unsubscribe;
    });
    const view = renderFeature(api, '/settings/users', <UsersSettings />);
    await screen.findByRole('cell', { name: 'dana' });
    expect(screen.queryByRole('cell', { name: 'frances' })).toBeNull();
    const listed = api['users.list'].mock.calls.length;

    // Another workstation added Frances.
    api['users.list'].mockResolvedValue(ok([adminUser, frances]));
    push({ areas: ['notices', 'audit'] });
    push({ areas: ['users'] });
    expect(await screen.findByRole('cell', { name: 'frances' })).toBeDefined();
    expect(api['users.list'].mock.calls.length).toBe(listed + 1);

    view.unmount();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});

/** A fetch whose stream answers the test writes into, one per request, recorded with the key each carried. */
const streamingFetch = () => {
  const encoder = new TextEncoder();
  const opened: { key: string | undefined; write(text: string): void; end(): void; signal: AbortSignal }[] = [];
  const fetchImpl = vi.fn((url: string, init: RequestInit) => {
    expect(url).toBe(LIVE_CHANGES_PATH);
    expect(init.method).toBe('POST');
    let control!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (control = c) });
    const signal = init.signal as AbortSignal;
    signal.addEventListener('abort', () => control.error(new DOMException('aborted', 'AbortError')));
    opened.push({
      key: (init.headers as Record<string, string>)[TAB_HEADER],
      write: (text) => control.enqueue(encoder.encode(text)),
      end: () => control.close(),
      signal,
    });
    return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } }));
  });
  return { fetchImpl, opened };
};

describe("browser mode's feed", () => {
  it('reads events split anywhere, then after the stream ends opens it with the newest key and refreshes everything', async () => {
    const { fetchImpl, opened } = streamingFetch();
    let key = 'tab-1.secret-1';
    const heard: LiveChange[] = [];
    const stop = httpLiveChanges(
      fetchImpl,
      { get: () => key, set: (k) => (key = k) },
      { firstMs: 1, maxMs: 5 },
    )((change) => heard.push(change));
    await vi.waitFor(() => expect(opened).toHaveLength(1));
    const first = opened[0];
    if (!first) throw new Error('no stream opened');
    expect(first.key).toBe('tab-1.secret-1');
    first.write(': listening\n\ndata: {"areas":["pati');
    first.write('ents","audit"]}\n\ndata: not json\n\ndata: {"areas":["x y"]}\n\n');
    await vi.waitFor(() => expect(heard).toEqual([{ areas: ['patients', 'audit'] }]));

    key = 'tab-2.secret-2'; // a sign-in renewed the key, and the server ended the old key's stream
    first.end();
    await vi.waitFor(() => expect(opened).toHaveLength(2));
    expect(opened[1]?.key).toBe('tab-2.secret-2');
    await vi.waitFor(() => expect(heard).toEqual([{ areas: ['patients', 'audit'] }, { areas: [...ALL_AREAS] }]));

    stop();
    expect(opened[1]?.signal.aborted).toBe(true);
  });

  it('opens no stream again where the server says there is none (a SQLite file: 204)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const fetchImpl = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
      const stop = httpLiveChanges(
        fetchImpl,
        { get: () => 'k.s', set: () => undefined },
        { firstMs: 1, maxMs: 1 },
      )(() => undefined);
      await vi.waitFor(() => expect(fetchImpl).toHaveBeenCalledTimes(1));
      // A retry would be due a millisecond later: a minute of the (fake) clock passes without one.
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fetchImpl).toHaveBeenCalledTimes(1);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the desktop's feed", () => {
  it('comes from the preload’s privacyDeskChanges, checked again on this side of the bridge', () => {
    let push: (change: unknown) => void = () => undefined;
    const stop = vi.fn();
    const win = {
      privacyDesk: {},
      privacyDeskChanges: {
        subscribe: (listener: (change: unknown) => void) => {
          push = listener;
          return stop;
        },
      },
    };
    const subscribe = liveChangesOf(createApi(selectTransport(win)));
    if (!subscribe) throw new Error('the client carries no feed');
    const heard: LiveChange[] = [];
    const unsubscribe = subscribe((change) => heard.push(change));
    push({ areas: ['users'] });
    push({ areas: [42] });
    expect(heard).toEqual([{ areas: ['users'] }]);
    unsubscribe();
    expect(stop).toHaveBeenCalledOnce();
  });

  it('is absent where the preload offers none, and the app simply does not subscribe', () => {
    expect(liveChangesOf(createApi(selectTransport({ privacyDesk: {} })))).toBeNull();
  });
});
