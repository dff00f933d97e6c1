/**
 * How a narrative's Markdown becomes HTML, wherever it is rendered: Astro's `markdown` setting
 * (astro.config.mjs; the MDX integration inherits it for the current SOP bodies) and the old
 * versions of an SOP (src/node/history/render-narrative.ts).
 */
import { remarkMermaid } from '../node/mermaid/remark-mermaid';
import { rehypeNoFrontmatterExport } from './rehype-no-frontmatter-export';

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
  // Keeps each SOP's frontmatter out of its compiled module (memory at thousands of SOPs).
  rehypePlugins: [rehypeNoFrontmatterExport],
};
