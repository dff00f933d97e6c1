/**
 * The letters as the page uses them, on the server (first render) and in the browser (live
 * preview): precompiled templates from the Vite plugin bound to an isolated Handlebars *runtime*
 * environment with our helpers and partials. No template compiler is ever loaded.
 */
import Handlebars from 'handlebars/runtime';
import { partials, templates } from 'virtual:letter-templates';
import type { LetterTemplateMeta } from '../../core/letters/field-types';
import { createLetterRenderer, type HandlebarsEnvironment } from '../../core/letters/letter-renderer';

export const letterRenderer = createLetterRenderer(
  Handlebars.create() as unknown as HandlebarsEnvironment,
  partials,
  Object.fromEntries(Object.entries(templates).map(([id, t]) => [id, t.spec])),
);

export function letterMeta(id: string): LetterTemplateMeta | undefined {
  return templates[id]?.meta;
}

export function allLetterMetas(): LetterTemplateMeta[] {
  return Object.values(templates).map((t) => t.meta);
}
