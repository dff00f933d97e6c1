/**
 * Renders letters in Node exactly as the browser does: the module the Vite plugin generates
 * (precompiled specs) is written to tests/.out and imported, then bound to a Handlebars
 * *runtime* environment with our helpers. No compiler runs at render time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Handlebars from 'handlebars/runtime';
import type { LetterTemplateMeta } from '../src/core/letters/field-types';
import { createLetterRenderer, type HandlebarsEnvironment, type LetterRenderer } from '../src/core/letters/letter-renderer';
import { lettersModuleSource } from '../src/node/letter-template-files';
import { ROOT, TEST_OUT } from './paths';

export interface LoadedLetters {
  templates: Record<string, { meta: LetterTemplateMeta; spec: object }>;
  partials: Record<string, object>;
  renderer: LetterRenderer;
  code: string;
}

export async function loadLetters(dir = resolve(ROOT, 'letter-templates')): Promise<LoadedLetters> {
  const { code } = lettersModuleSource(dir);
  const outDir = resolve(TEST_OUT, 'letters-modules');
  mkdirSync(outDir, { recursive: true });
  const file = resolve(outDir, `letters-${createHash('sha1').update(code).digest('hex').slice(0, 12)}.mjs`);
  writeFileSync(file, code);
  const mod = (await import(pathToFileURL(file).href)) as Omit<LoadedLetters, 'renderer' | 'code'>;
  const specs = Object.fromEntries(Object.entries(mod.templates).map(([id, t]) => [id, t.spec]));
  const renderer = createLetterRenderer(Handlebars.create() as unknown as HandlebarsEnvironment, mod.partials, specs);
  return { templates: mod.templates, partials: mod.partials, renderer, code };
}
