/**
 * The narrative (MDX body) of an old version of an SOP as HTML, for its page and its print page.
 * Old versions are not content-collection entries, so Astro does not render them: Astro's own
 * Markdown processor does, with the site's Markdown setting (src/integrations/markdown-options.ts)
 * and the MDX syntax (remark-mdx-as-markdown.ts), so a comment stays hidden and a tag renders as
 * on the SOP page. A diagram that no longer renders is kept as its code.
 */
import { createMarkdownProcessor, type MarkdownProcessor, type RemarkPlugin, type RemarkPlugins } from '@astrojs/markdown-remark';
import { NARRATIVE_REMARK_REHYPE, narrativeMarkdown } from '../../integrations/markdown-options';
import { remarkMermaid } from '../mermaid/remark-mermaid';
import { remarkMdxAsMarkdown } from './remark-mdx-as-markdown';

let withMermaid: Promise<MarkdownProcessor> | undefined;
let plain: Promise<MarkdownProcessor> | undefined;
const cache = new Map<string, Promise<string>>();

const processor = (mermaid: boolean) => {
  const remarkPlugins: RemarkPlugins = [remarkMdxAsMarkdown as RemarkPlugin];
  if (mermaid) remarkPlugins.push([remarkMermaid as RemarkPlugin, { warn: () => {} }]);
  return createMarkdownProcessor({
    remarkPlugins,
    remarkRehype: NARRATIVE_REMARK_REHYPE,
    rehypePlugins: narrativeMarkdown.rehypePlugins,
  });
};

async function render(body: string): Promise<string> {
  withMermaid ??= processor(true);
  try {
    return (await (await withMermaid).render(body)).code;
  } catch {
    plain ??= processor(false);
    return (await (await plain).render(body)).code;
  }
}

/** The body as HTML (remembered: the page and the print page of a version render it once). */
export function renderNarrativeHtml(body: string): Promise<string> {
  let html = cache.get(body);
  if (!html) {
    html = render(body);
    cache.set(body, html);
  }
  return html;
}
