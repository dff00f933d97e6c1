/**
 * The swimlane flowchart on the real SOP pages, in Chromium at 360, 1024 and 1440 px: from the DOM,
 * every arrow's ends touch their symbols and every line is joined (swimlane-dom.ts); on a phone
 * the No and Kegiatan columns stay in view while the lanes scroll; mermaid diagrams arrive as
 * inline SVG with an accessible name and no mermaid code. Screenshots:
 * tests/.out/screenshots/swimlane-<sop>-<width>.png (look at them).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../../testkit/browser';
import { SCREENSHOTS, SITE_DIST } from '../../testkit/paths';
import { useSite } from '../../testkit/site-hooks';
import { checkSwimlanes, collectSwimlanes } from '../../testkit/swimlane-dom';

interface SopEntry {
  id: string;
  url: string;
  langkah: number;
  pelaksana: string[];
}

const sops = JSON.parse(readFileSync(resolve(SITE_DIST, 'sops.json'), 'utf8')) as SopEntry[];
const WIDTHS = [360, 1024, 1440];
const slug = (id: string) => id.replace(/[^a-z0-9]+/gi, '-');

const env = useSite();

describe('swimlane flowchart on the SOP pages', () => {
  it('finds the sample SOPs in sops.json', () => {
    expect(sops.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(sops.map((s) => [s.id, s] as const))('%s', (_id, sop) => {
    it.each(WIDTHS)('draws every arrow joined to its symbols at %i px', async (width) => {
      const page = await env.site.newPage(width, 900);
      try {
        await page.goto(env.site.url(sop.url), { waitUntil: 'load' });
        const tables = await collectSwimlanes(page);
        expect(tables).toHaveLength(1);
        const result = checkSwimlanes(tables);
        await screenshot(page, `swimlane-${slug(sop.id)}-${width}`);
        expect(result.problems).toEqual([]);
        // Every step has its symbol, every step but the last at least one arrow out.
        expect(result.symbols).toBeGreaterThanOrEqual(sop.langkah);
        expect(result.edges).toBeGreaterThanOrEqual(sop.langkah - 1);
        const header = await page.$$eval('.swimlane thead .swl-lane-head', (ths) => ths.map((th) => th.textContent?.trim()));
        expect(header).toEqual(sop.pelaksana);
        const rows = await page.$$eval('.swimlane tr[data-step]', (trs) => trs.length);
        expect(rows).toBe(sop.langkah);
      } finally {
        await page.close();
      }
    });

    it('keeps No and Kegiatan in view when the lanes are swiped on a phone', async () => {
      const page = await env.site.newPage(360, 800);
      try {
        await page.goto(env.site.url(sop.url), { waitUntil: 'load' });
        const before = await page.$eval('.swimlane tr[data-step="1"] .swl-kegiatan', (td) => td.getBoundingClientRect().left);
        const scrolled = await page.$eval('.swimlane .swl-scroll', (el) => {
          el.scrollLeft = 400;
          return el.scrollLeft;
        });
        expect(scrolled).toBeGreaterThan(0);
        const after = await page.$eval('.swimlane tr[data-step="1"] .swl-kegiatan', (td) => td.getBoundingClientRect().left);
        // (Sticky cells align with the scroll box, the table's 1px border scrolls away.)
        expect(Math.abs(after - before)).toBeLessThanOrEqual(1);
        expect(checkSwimlanes(await collectSwimlanes(page)).problems).toEqual([]);
        await page.$eval('.swimlane', (el) => el.scrollIntoView());
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: resolve(SCREENSHOTS, `swimlane-${slug(sop.id)}-360-geser.png`) as `${string}.png` });
      } finally {
        await page.close();
      }
    });
  });

  it('notices when the drawing comes apart (the check above can fail)', async () => {
    const page = await env.site.newPage(1024, 900);
    try {
      await page.goto(env.site.url(sops[0]!.url), { waitUntil: 'load' });
      expect(checkSwimlanes(await collectSwimlanes(page)).problems).toEqual([]);
      await page.addStyleTag({ content: '.swl-symbol { margin-top: 4px } .swl-line--v[style*="bottom:-1px"] { bottom: 6px !important }' });
      const problems = checkSwimlanes(await collectSwimlanes(page)).problems;
      expect(problems.some((p) => /ends 4\.0px from/.test(p))).toBe(true);
      expect(problems.some((p) => /is broken between its start and its arrowhead/.test(p))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('renders the mermaid diagrams at build time: inline SVG with a name, no mermaid code for readers', async () => {
    const page = await env.site.newPage(1024, 900);
    try {
      let diagrams = 0;
      for (const sop of sops) {
        await page.goto(env.site.url(sop.url), { waitUntil: 'load' });
        const found = await page.$$eval('figure.mermaid-diagram > svg', (svgs) =>
          svgs.map((svg) => {
            const labelledby = svg.getAttribute('aria-labelledby');
            const title = labelledby ? document.getElementById(labelledby)?.textContent ?? '' : '';
            return { name: svg.getAttribute('aria-label') ?? title, nodes: svg.querySelectorAll('.node').length };
          }),
        );
        for (const d of found) {
          expect(d.name.trim().length).toBeGreaterThan(0);
          expect(d.nodes).toBeGreaterThan(0);
        }
        diagrams += found.length;
        const scripts = await page.$$eval('script', (ss) => ss.map((s) => (s.getAttribute('src') ?? '') + s.textContent));
        expect(scripts.some((s) => /mermaid/i.test(s))).toBe(false);
      }
      // The Tanjungpinang SOPs draw the referral options of their last step with mermaid.
      expect(diagrams).toBeGreaterThanOrEqual(1);
    } finally {
      await page.close();
    }
  });
});
