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
import type { SopReadCache } from './sop-read-cache';

const processor = createProcessor();

/** One SOP's narrative findings and mermaid fences. */
function narrativeOf(sop: SopSource, images: ImageFiles | undefined) {
  const bodyLine = sop.bodyLine ?? 1;
  const { issues, tree } = checkNarrative(sop.file, bodyLine, sop.body, (text) => processor.parse(text) as unknown as MdxNode, images, sop.data.judul);
  return { issues, fences: tree ? mermaidFences(bodyLine, tree) : [] };
}

export async function checkBodies(
  sops: readonly SopSource[],
  options: { mermaid?: boolean; images?: ImageFiles; sopCache?: Pick<SopReadCache, 'narrative' | 'setNarrative'> } = {},
): Promise<CheckIssue[]> {
  const issues: CheckIssue[] = [];
  const fences: { sop: SopSource; code: string; line: number }[] = [];
  for (const sop of sops) {
    let found = options.sopCache?.narrative(sop.file);
    if (!found) {
      found = narrativeOf(sop, options.images);
      options.sopCache?.setNarrative(sop.file, found);
    }
    issues.push(...found.issues);
    for (const f of found.fences) fences.push({ sop, ...f });
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
