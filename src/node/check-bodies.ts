/**
 * The narrative check of `npm run check`, the build and the dev server: each SOP body is parsed
 * as MDX (syntax, imports, components) and each ```mermaid fence is parsed by mermaid in the
 * shared build browser, so a broken body is reported with file:line before Astro sees it.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { SopSource } from '../core/catalog/catalog';
import { checkNarrative, mermaidFences, type ImageFiles } from '../core/checks/body-rules';
import type { MdxNode } from '../core/checks/mdx-node';
import { issue, type CheckIssue } from '../core/checks/issue';
import { MESSAGES } from '../core/checks/messages';
import { MermaidSyntaxError, renderMermaid } from './mermaid/render';

const processor = createProcessor();

export async function checkBodies(sops: readonly SopSource[], options: { mermaid?: boolean; images?: ImageFiles } = {}): Promise<CheckIssue[]> {
  const issues: CheckIssue[] = [];
  const fences: { sop: SopSource; code: string; line: number }[] = [];
  for (const sop of sops) {
    const bodyLine = sop.bodyLine ?? 1;
    const { issues: found, tree } = checkNarrative(sop.file, bodyLine, sop.body, (text) => processor.parse(text) as unknown as MdxNode, options.images, sop.data.judul);
    issues.push(...found);
    if (!tree) continue;
    for (const f of mermaidFences(bodyLine, tree)) fences.push({ sop, ...f });
  }
  if (options.mermaid !== false) {
    for (const [i, f] of fences.entries()) {
      try {
        await renderMermaid(f.code, { id: `periksa-${i}`, fallbackTitle: 'Diagram' });
      } catch (e) {
        if (!(e instanceof MermaidSyntaxError)) throw e;
        const codeLine = e.line ?? 1;
        const text = f.code.split('\n')[codeLine - 1]?.trim();
        const detail = `baris ${codeLine} diagram${text ? ` ("${text}")` : ''} tidak sesuai penulisan mermaid.`;
        // The fence's first code line is the line after the opening ```mermaid.
        issues.push({ ...issue(MESSAGES.mermaidSyntax, f.sop.file, 'narasi', { detail }), line: f.line + codeLine });
      }
    }
  }
  return issues;
}
