/**
 * How a narrative's Markdown becomes HTML, wherever it is rendered: the SOP page and the pages of
 * its old versions (render-narrative.ts), and Astro's own `markdown` setting (astro.config.mjs),
 * so that any Markdown Astro itself renders reads the same.
 */
import { remarkMermaid } from '../mermaid/remark-mermaid';

/**
 * Footnotes ("Teks[^1]", as a pasted document writes them) are labelled in Indonesian: the
 * defaults are English ("Footnotes", "Back to reference 1").
 */
export const NARRATIVE_REMARK_REHYPE = {
  footnoteLabel: 'Catatan kaki',
  footnoteBackLabel: (i: number) => `Kembali ke rujukan ${i + 1}`,
};

/** Astro's `markdown` setting. */
export const narrativeMarkdown = {
  remarkPlugins: [remarkMermaid],
  remarkRehype: NARRATIVE_REMARK_REHYPE,
};
