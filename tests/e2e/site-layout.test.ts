/**
 * What readers see: no horizontal scrolling at 360 px, the named font, the skip link, print
 * styles for the SOP page; screenshots at 360 and 1280 px into tests/.out/screenshots for people
 * to look at.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from '../../testkit/browser';
import { ROOT } from '../../testkit/paths';
import { useSite } from '../../testkit/site-hooks';

const env = useSite();

function pages(): [string, string][] {
  const first = (ids: Iterable<string>) => [...ids][0]!;
  return [
    ['beranda', '/'],
    ...env.catalog.sops.map((s): [string, string] => [`sop-${s.id.replace(/\//g, '-')}`, `/sop/${s.id}/`]),
    ['instansi', `/instansi/${first(env.catalog.agencies.keys())}/`],
    ['dasar-hukum', '/dasar-hukum/'],
    ['dasar-hukum-satu', `/dasar-hukum/${first(env.catalog.regulations.keys())}/`],
    ['istilah', '/istilah/'],
  ];
}

describe('layout', () => {
  it('fits 360 px without horizontal scrolling; screenshots at 360 and 1280 px', async () => {
    const overflowing: string[] = [];
    for (const width of [360, 1280]) {
      const page = await env.site.newPage(width, 800);
      for (const [name, path] of pages()) {
        await page.goto(env.site.url(path), { waitUntil: 'load' });
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scroll > width) overflowing.push(`${path} @${width}: ${scroll}px`);
        await screenshot(page, `site-${name}-${width}`);
      }
      await page.close();
    }
    expect(overflowing).toEqual([]);
  });

  it('uses Liberation Sans, installed and named', async () => {
    const page = await env.site.newPage();
    await page.goto(env.site.url('/'));
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font.split(',')[0]!.trim().replace(/"/g, '')).toBe('Liberation Sans');
    expect(font).toMatch(/sans-serif$/);
    expect(await page.evaluate(() => document.fonts.check('16px "Liberation Sans"'))).toBe(true);
    await page.close();
  });

  it('has a skip link that moves focus to the main content', async () => {
    const page = await env.site.newPage();
    const sop = env.catalog.sops[0]!;
    await page.goto(env.site.url(`/sop/${sop.id}/`));
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { text: el.textContent, top: el.getBoundingClientRect().top };
    });
    expect(skip.text).toBe('Langsung ke isi');
    expect(skip.top).toBeGreaterThanOrEqual(0); // visible once focused
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('konten');
    await page.close();
  });
});

describe('print', () => {
  it('prints an SOP page without navigation, search or buttons, the steps on their own page with a repeating header', async () => {
    const page = await env.site.newPage();
    const sop = env.catalog.sops.find((s) => s.data.langkah.some((l) => l.surat.length > 0)) ?? env.catalog.sops[0]!;
    await page.goto(env.site.url(`/sop/${sop.id}/`));
    await page.emulateMediaType('print');
    const style = await page.evaluate(() => {
      const display = (sel: string) => {
        const el = document.querySelector(sel);
        return el ? getComputedStyle(el).display : 'absent';
      };
      return {
        nav: display('.site-header nav'),
        footer: display('.site-footer'),
        pdf: display('.sop-actions'),
        breadcrumbs: display('.breadcrumbs'),
        identity: display('.sop-identity'),
        thead: display('.sop-steps thead'),
        row: display('.sop-steps tbody tr'),
        stepsBreak: getComputedStyle(document.querySelector('.sop-steps')!).breakBefore,
      };
    });
    expect(style).toEqual({
      nav: 'none',
      footer: 'none',
      pdf: 'none',
      breadcrumbs: 'none',
      identity: 'block',
      thead: 'table-header-group',
      row: 'table-row',
      stepsBreak: 'page',
    });
    await page.pdf({ path: `${ROOT}/tests/.out/screenshots/site-print-${sop.id.replace(/\//g, '-')}.pdf`, format: 'A4' });
    await page.close();
  });
});
