/**
 * Content-Security-Policy of the letter pages, sent as a <meta http-equiv> (the site is static).
 * Scripts only from our own files (no inline script, no eval), no connection anywhere, forms
 * cannot be submitted anywhere (even if the script failed, typed data never leaves the page).
 * frame-ancestors cannot be set from a meta tag; the web server should add it as a header.
 */
export const LETTER_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "media-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
