/**
 * The narrative (MDX body) of an old version of an SOP as HTML, for its page and its print page.
 * Old versions are not content-collection entries, so Astro does not render them: Astro's own
 * Markdown processor does (the bodies are Markdown; the checker allows no imports or components),
 * with the same mermaid plugin as the site. A diagram that no longer renders is kept as its code.
 */
import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { remarkMermaid } from '../mermaid/remark-mermaid';

let withMermaid: Promise<MarkdownProcessor> | undefined;
let plain: Promise<MarkdownProcessor> | undefined;
const cache = new Map<string, Promise<string>>();

async function render(body: string): Promise<string> {
  withMermaid ??= createMarkdownProcessor({ syntaxHighlight: false, remarkPlugins: [[remarkMermaid, { warn: () => {} }]] });
  try {
    return (await (await withMermaid).render(body)).code;
  } catch {
    plain ??= createMarkdownProcessor({ syntaxHighlight: false });
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
