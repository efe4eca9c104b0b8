// The page's style nonce, which the server writes into index.html on every load (core/static-files.ts). Every
// <style> element the UI kit injects carries it, so the CSP needs no 'unsafe-inline' for styles.

/** The nonce from `<meta name="pd-style-nonce">`, or undefined where there is none (component tests). */
export const readStyleNonce = (doc: Document = document): string | undefined => {
  const value = doc.querySelector('meta[name="pd-style-nonce"]')?.getAttribute('content') ?? '';
  // An unreplaced placeholder would be a nonce anyone can read in the source: treat it as none.
  return value === '' || value.startsWith('__') ? undefined : value;
};

/**
 * Reads the nonce for Mantine (its `getStyleNonce`) and also hands it to the scroll lock under Mantine's modals
 * (react-remove-scroll), whose <style> element takes its nonce from the `__webpack_nonce__` global and nowhere else.
 */
export const adoptStyleNonce = (doc: Document = document): string | undefined => {
  const nonce = readStyleNonce(doc);
  if (nonce !== undefined) (globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = nonce;
  return nonce;
};
