/** The module made by src/integrations/vite-plugin-letter-templates.ts. */
declare module 'virtual:letter-templates' {
  import type { LetterTemplateMeta } from '../core/letters/field-types';
  export const templates: Record<string, { meta: LetterTemplateMeta; spec: object }>;
  export const partials: Record<string, object>;
}
