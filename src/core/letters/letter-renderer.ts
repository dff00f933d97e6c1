/**
 * Turns precompiled templates into render functions on a Handlebars environment with our
 * helpers and partials. The same code runs in the browser (runtime only) and in Node (tests).
 */
import type { LetterContext } from './letter-context';
import { registerLetterHelpers, type HelperHost } from './helpers';

/** What a precompiled template module gives: the spec object `Handlebars.precompile` describes. */
export type TemplateSpec = object;

/** Minimal shape of a Handlebars environment (runtime build suffices). */
export interface HandlebarsEnvironment extends HelperHost {
  template(spec: TemplateSpec): (context: unknown, options?: object) => string;
  registerPartial(name: string, partial: unknown): void;
}

export interface LetterRenderer {
  render(templateId: string, context: LetterContext): string;
  has(templateId: string): boolean;
}

/**
 * @param env an isolated environment (`Handlebars.create()`), so helpers do not leak into others
 * @param partials precompiled partial specs by partial name ("kop", "tanda-tangan", ...)
 * @param templates precompiled template specs by template id
 */
export function createLetterRenderer(
  env: HandlebarsEnvironment,
  partials: Record<string, TemplateSpec>,
  templates: Record<string, TemplateSpec>,
): LetterRenderer {
  registerLetterHelpers(env);
  for (const [name, spec] of Object.entries(partials)) env.registerPartial(name, env.template(spec));
  const compiled = new Map(Object.entries(templates).map(([id, spec]) => [id, env.template(spec)]));
  return {
    has: (id) => compiled.has(id),
    render(id, context) {
      const template = compiled.get(id);
      if (!template) throw new Error(`Templat surat "${id}" tidak ada`);
      return template(context);
    },
  };
}
