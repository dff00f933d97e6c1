/**
 * Astro middleware: while the site is built, each page is rendered inside a record of what it
 * depends on (src/node/publish/page-deps.ts), which lets a republish rebuild only the pages an edit
 * touches. Nothing is recorded by the dev server.
 */
import { defineMiddleware } from 'astro:middleware';
import { recordPage } from './node/publish/page-deps';

export const onRequest = defineMiddleware((context, next) => {
  if (import.meta.env.DEV) return next();
  return recordPage(context.url.pathname, () => next());
});
