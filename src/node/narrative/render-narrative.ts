/**
 * An SOP's narrative (its MDX body) as HTML: for the SOP page, the page of an old version and
 * their print pages. Rendered as data, outside Vite: Astro's own Markdown processor with the
 * site's Markdown setting (markdown-options.ts) reads it as the MDX it is
 * (remark-mdx-as-markdown.ts: comments stay hidden, tags render as HTML); pictures beside the SOP
 * are shown from where the site publishes them (remark-sop-files.ts).
 *
 * The checker has already parsed the body and every mermaid diagram of the version in force, so a
 * failure here is not expected; for an old version, a diagram that no longer renders is kept as
 * its code.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { createMarkdownProcessor, type MarkdownProcessor, type RemarkPlugin, type RemarkPlugins } from '@astrojs/markdown-remark';
import { NARRATIVE_REMARK_REHYPE } from './markdown-options';
import { remarkMermaid } from '../mermaid/remark-mermaid';
import { remarkMdxAsMarkdown } from './remark-mdx-as-markdown';
import { remarkSopFiles } from './remark-sop-files';

export interface NarrativeSource {
  /** The SOP file, from the project root ("sops/dinsos/a.mdx"): pictures are relative to it. */
  file: string;
  /** 1-based line of the file where the body starts: mermaid's messages name the file's line. */
  bodyLine?: number;
  /** Project root, for the file named in mermaid's messages. */
  root?: string;
}

type Kind = 'current' | 'old';

const processors = new Map<string, Promise<MarkdownProcessor>>();
const rendered = new Map<string, Promise<string>>();

function processor(mermaid: 'on' | 'off' | 'quiet'): Promise<MarkdownProcessor> {
  let made = processors.get(mermaid);
  if (!made) {
    // remarkSopFiles first: it rewrites the src of an <img> tag before the tag becomes an element.
    const remarkPlugins: RemarkPlugins = [remarkSopFiles as RemarkPlugin, remarkMdxAsMarkdown as RemarkPlugin];
    if (mermaid === 'on') remarkPlugins.push(remarkMermaid as RemarkPlugin);
    if (mermaid === 'quiet') remarkPlugins.push([remarkMermaid as RemarkPlugin, { warn: () => {} }]);
    made = createMarkdownProcessor({ remarkPlugins, remarkRehype: NARRATIVE_REMARK_REHYPE });
    processors.set(mermaid, made);
  }
  return made;
}

async function render(body: string, source: NarrativeSource, kind: Kind): Promise<string> {
  // Blank lines before the body keep the file's line numbers in mermaid's messages.
  const text = '\n'.repeat(Math.max(0, (source.bodyLine ?? 1) - 1)) + body;
  const fileURL = source.root ? pathToFileURL(join(source.root, source.file)) : undefined;
  const options = { fileURL, frontmatter: { sopFile: source.file } };
  if (kind === 'current') return (await (await processor('on')).render(text, options)).code;
  try {
    return (await (await processor('quiet')).render(text, options)).code;
  } catch {
    return (await (await processor('off')).render(text, options)).code;
  }
}

/**
 * The narrative as HTML, remembered for the process (the page and the print page render it once;
 * a republish renders only edited bodies again). `kind` "old": an old version's body.
 */
export function renderNarrativeHtml(body: string, source: NarrativeSource, kind: Kind = 'current'): Promise<string> {
  const key = `${kind}\0${source.file}\0${source.bodyLine ?? 1}\0${body}`;
  let html = rendered.get(key);
  if (!html) {
    html = render(body, source, kind);
    rendered.set(key, html);
    html.catch(() => rendered.delete(key));
  }
  return html;
}
