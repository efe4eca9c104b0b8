// jsdom polyfills Mantine needs (matchMedia, ResizeObserver, scrollIntoView) and per-test cleanup.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom implements none of these; Mantine calls them for color scheme, AppShell/ScrollArea sizing and combobox focus.
const matchMedia = (query: string): MediaQueryList =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }) as unknown as MediaQueryList;

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

Object.defineProperty(window, 'matchMedia', { configurable: true, writable: true, value: matchMedia });
Object.defineProperty(window, 'ResizeObserver', { configurable: true, writable: true, value: ResizeObserverStub });
Object.defineProperty(Element.prototype, 'scrollIntoView', {
  configurable: true,
  writable: true,
  value: () => undefined,
});

// CI runs the node, jsdom and Chromium projects side by side on 2 cores, sometimes beside other CPU-heavy work: a
// screen that appears after two fake API round trips can take seconds there. findBy*/waitFor return as soon as the
// condition holds; the bound only decides when a screen that never comes is reported.
configure({ asyncUtilTimeout: 30_000 });

afterEach(() => {
  cleanup();
  // HashRouter reads the URL; each test starts from the root.
  window.history.replaceState(null, '', '/');
});
