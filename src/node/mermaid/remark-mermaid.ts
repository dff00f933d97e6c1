/**
 * remarkMermaid: renders ```mermaid fences of Markdown/MDX to inline SVG at build time, so readers
 * download no mermaid code. Registered in astro.config.mjs (markdown.remarkPlugins; MDX inherits it).
 *
 * - One shared Chromium renders every diagram of the build (browser.ts).
 * - A diagram mermaid cannot read fails the build with the file and line:
 *     sops/x.mdx:154: diagram mermaid tidak valid (baris 3 diagram): Parse error on line 3 ...
 * - Accessible name: the diagram's own `accTitle:` (with `accDescr:`); without it, the fence's
 *   `title="..."` (```mermaid title="Alur rujukan"), else a generic name and a build warning.
 */
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { MermaidSyntaxError, renderMermaid } from './render';

/** The parts of mdast and vfile this plugin touches. */
interface MdNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: MdNode[];
}
interface VFileLike {
  path?: string;
}

export interface RemarkMermaidOptions {
  /** Reports diagrams without an accessible title; default: console.warn. */
  warn?: (message: string) => void;
}

const FALLBACK_TITLE = 'Diagram';

/** A diagram that cannot be rendered; `line`/`column` let Astro point at the place in the file. */
export class MermaidBuildError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
    readonly column = 1,
  ) {
    super(message);
    this.name = 'MermaidBuildError';
  }
}

function metaTitle(meta: string | null | undefined): string | undefined {
  const m = meta ? /title=(?:"([^"]*)"|'([^']*)')/.exec(meta) : null;
  const title = m ? (m[1] ?? m[2])?.trim() : undefined;
  return title || undefined;
}

function where(file: VFileLike, line: number | undefined): string {
  const path = file.path ? relative(process.cwd(), file.path) || file.path : '(tanpa nama berkas)';
  return line ? `${path}:${line}` : path;
}

function collect(node: MdNode, found: { parent: MdNode; index: number; node: MdNode }[]): void {
  node.children?.forEach((child, index) => {
    if (child.type === 'code' && child.lang === 'mermaid') found.push({ parent: node, index, node: child });
    else collect(child, found);
  });
}

export function remarkMermaid(options: RemarkMermaidOptions = {}) {
  const warn = options.warn ?? ((m: string) => console.warn(m));
  return async function transform(tree: MdNode, file: VFileLike): Promise<void> {
    const found: { parent: MdNode; index: number; node: MdNode }[] = [];
    collect(tree, found);
    for (const { parent, index, node } of found) {
      const line = node.position?.start.line;
      const place = where(file, line);
      const id = 'mermaid-' + createHash('sha1').update(`${file.path ?? ''}:${line ?? index}`).digest('hex').slice(0, 10);
      const title = metaTitle(node.meta);
      let svg: string;
      try {
        const out = await renderMermaid(node.value ?? '', { id, fallbackTitle: title ?? FALLBACK_TITLE });
        svg = out.svg;
        if (!out.named && !title) {
          warn(`${place}: diagram mermaid tanpa judul aksesibel; tambahkan baris "accTitle: ..." (dan "accDescr: ...") di dalam diagram.`);
        }
      } catch (error) {
        if (error instanceof MermaidSyntaxError) {
          const exact = error.line !== undefined && line !== undefined ? line + error.line : undefined;
          const at = exact !== undefined ? ` (baris ${exact} berkas, baris ${error.line} diagram)` : '';
          throw new MermaidBuildError(`${place}: diagram mermaid tidak valid${at}: ${error.detail}`, exact ?? line);
        }
        throw new MermaidBuildError(`${place}: diagram mermaid gagal dirender: ${(error as Error).message}`, line);
      }
      parent.children![index] = {
        type: 'html',
        value: `<figure class="mermaid-diagram" data-mermaid>${svg}</figure>`,
        position: node.position,
      } as MdNode;
    }
  };
}

export default remarkMermaid;
