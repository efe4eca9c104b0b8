// Live updates in the renderer: the door's feed of changes other workstations commit (IPC from the main process,
// or browser mode's event stream), carried on the client object, and the one subscription that refreshes the
// queries of the areas a change names. Queries are keyed [method, input] (hooks/use-api-query.ts), so a
// query shows the area of its method: `notices.list` shows `notices`.
import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { PrivacyDeskApi } from '../../shared/contract/api';
import { areaOf, type LiveChange } from '../../shared/live-changes';

export type LiveListener = (change: LiveChange) => void;
/** Starts delivering changes to `listener`; returns the function that stops it. */
export type SubscribeToChanges = (listener: LiveListener) => () => void;

const FEED = Symbol('privacy-desk live changes');

/** Carries a door's feed on a client (or a test's fake), so whatever holds the client can subscribe. */
export const attachLiveChanges = <T extends object>(client: T, subscribe: SubscribeToChanges): T => {
  Object.defineProperty(client, FEED, { value: subscribe, enumerable: false });
  return client;
};

export const liveChangesOf = (api: PrivacyDeskApi): SubscribeToChanges | null =>
  (api as unknown as { [FEED]?: SubscribeToChanges })[FEED] ?? null;

/**
 * Marks the queries of the named areas stale; those on screen fetch again at once, the rest when next shown.
 * A query paused by the lock (use-api-query's `enabled`) waits for the unlock.
 */
export const refreshAreas = (queryClient: QueryClient, change: LiveChange): Promise<void> => {
  const areas = new Set(change.areas);
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const method = query.queryKey[0];
      return typeof method === 'string' && areas.has(areaOf(method));
    },
  });
};

/** For the whole app, once (ApiProvider): what another workstation commits shows here without a reload. */
export const useLiveRefresh = (api: PrivacyDeskApi, queryClient: QueryClient): void => {
  useEffect(() => {
    const subscribe = liveChangesOf(api);
    if (!subscribe) return undefined;
    return subscribe((change) => void refreshAreas(queryClient, change));
  }, [api, queryClient]);
};
