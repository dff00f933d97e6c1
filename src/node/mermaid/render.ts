/**
 * renderMermaid: one mermaid diagram to an SVG string, in the shared build browser (browser.ts).
 * Diagrams are rendered one after another on the single page; a syntax error rejects with a
 * MermaidSyntaxError carrying the line inside the diagram when mermaid reports one.
 */
import { mermaidPage } from './browser';

export class MermaidSyntaxError extends Error {
  /** 1-based line inside the diagram, when mermaid names one. */
  readonly line: number | undefined;
  readonly detail: string;
  constructor(detail: string, line: number | undefined) {
    super(line ? `baris ${line} diagram: ${detail}` : detail);
    this.name = 'MermaidSyntaxError';
    this.detail = detail;
    this.line = line;
  }
}

export interface RenderOptions {
  /** DOM id of the SVG; must be unique on a page (mermaid scopes the diagram's CSS with it). */
  id: string;
  /** Accessible name used when the diagram has no `accTitle`. */
  fallbackTitle: string;
}

/** Runs in the page (kept as source text so that no build tool rewrites it). */
const RENDER_IN_PAGE = `async (args) => {
  const leftovers = () => document.querySelectorAll('#' + args.id + ', #d' + args.id).forEach((el) => el.remove());
  try {
    await mermaid.parse(args.code);
  } catch (e) {
    const hash = e && e.hash;
    const line = hash && hash.loc ? hash.loc.first_line : hash && typeof hash.line === 'number' ? hash.line + 1 : null;
    leftovers();
    return { error: String((e && e.message) || e), line };
  }
  try {
    const out = await mermaid.render(args.id, args.code);
    leftovers();
    return { svg: out.svg };
  } catch (e) {
    leftovers();
    return { error: String((e && e.message) || e), line: null };
  }
}`;

let queue: Promise<unknown> = Promise.resolve();

function lineOf(message: string, reported: number | null): number | undefined {
  if (typeof reported === 'number' && reported > 0) return reported;
  const m = /line[:\s]+(\d+)/i.exec(message);
  return m ? Number(m[1]) : undefined;
}

/** Adds an accessible name when the diagram has none (no accTitle). */
export function ensureAccessibleName(svg: string, fallbackTitle: string): { svg: string; named: boolean } {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('Keluaran mermaid bukan SVG.');
  const tag = open[0];
  const named = /\saria-labelledby="[^"]+"/.test(tag) && /<title\b[^>]*>[^<]*\S[^<]*<\/title>/.test(svg);
  if (named) return { svg, named: true };
  const escaped = fallbackTitle.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const withName = tag.replace(/^<svg\b/, `<svg aria-label="${escaped}"`);
  return { svg: withName + svg.slice(tag.length), named: false };
}

export async function renderMermaid(code: string, options: RenderOptions): Promise<{ svg: string; named: boolean }> {
  const run = async () => {
    const page = await mermaidPage();
    const result = (await page.evaluate(`(${RENDER_IN_PAGE})(${JSON.stringify({ code, id: options.id })})`)) as
      | { svg: string }
      | { error: string; line: number | null };
    if ('error' in result) {
      const detail = result.error.replace(/\s+$/, '');
      throw new MermaidSyntaxError(detail, lineOf(detail, result.line));
    }
    return ensureAccessibleName(result.svg, options.fallbackTitle);
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}
