/**
 * Astro middleware: each page is rendered inside a record of what it depends on
 * (src/node/publish/page-deps.ts), which lets a republish rebuild only the pages an edit touches.
 * The record is only read by the publisher after a build; the dev server keeps one small entry
 * per page it served.
 */
import { defineMiddleware } from 'astro:middleware';
import { recordPage } from './node/publish/page-deps';

export const onRequest = defineMiddleware((context, next) => recordPage(context.url.pathname, () => next()));
