/**
 * axe-core (WCAG 2.2 AA) run in a page through DevTools, so it works under the letter pages'
 * CSP too (which forbids injected scripts). One line per violation, with the elements concerned.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { ROOT } from './paths';

const AXE_SOURCE = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** The violations in the page or frame, or only inside the elements `include` selects (e.g. ".sop-widget"). */
export async function axeViolations(page: Page | Frame, include?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found = (await page.evaluate(
    async (tags, within) => {
      const axe = (window as unknown as { axe: { run(c: Document | object, o: object): Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(within ? { include: [[within]] } : document, { runOnly: { type: 'tag', values: tags } })).violations;
    },
    WCAG_22_AA,
    include ?? '',
  )) as AxeViolation[];
  return found.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
