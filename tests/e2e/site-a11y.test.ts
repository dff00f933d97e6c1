/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA rules) reports no violation on the public pages: the home
 * page (also with search results shown), every SOP page, every agency page, every regulation
 * page, every service page and the other lists; SOP and service pages also at 360 px, where tables
 * are stacked.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../testkit/axe';
import { useSite } from '../../testkit/site-hooks';

const env = useSite();

const pages = new Map<number, Page>();

/** Opens `path` at `width` px (one tab per width, reused) and lists axe's violations. */
async function check(path: string, width = 1280): Promise<string[]> {
  let page = pages.get(width);
  if (!page) {
    page = await env.site.newPage(width, 900);
    pages.set(width, page);
  }
  await page.goto(env.site.url(path), { waitUntil: 'load' });
  return (await axeViolations(page)).map((v) => `${path} @${width}: ${v}`);
}

describe('axe-core, WCAG 2.2 AA', () => {
  it('the home page, with and without search results', async () => {
    expect(await check('/')).toEqual([]);
    const page = await env.site.newPage();
    await page.goto(env.site.url('/?q=BWBLP'));
    await page.waitForFunction(() => document.querySelectorAll('[data-search-list] a').length > 0, { timeout: 15_000 });
    await page.click('.search__filters summary');
    expect((await axeViolations(page)).map((v) => `/?q=BWBLP: ${v}`)).toEqual([]);
    await page.close();
  });

  it('every SOP page, at 1280 and 360 px', async () => {
    const all: string[] = [];
    for (const sop of env.catalog.sops) {
      all.push(...(await check(`/sop/${sop.id}/`)), ...(await check(`/sop/${sop.id}/`, 360)));
    }
    expect(all).toEqual([]);
  });

  it('every agency page, every regulation page and the status lists', async () => {
    const all: string[] = [];
    for (const id of env.catalog.agencies.keys()) all.push(...(await check(`/instansi/${id}/`)));
    for (const id of env.catalog.regulations.keys()) all.push(...(await check(`/dasar-hukum/${id}/`)));
    for (const status of ['draf', 'berlaku', 'digantikan', 'dicabut']) all.push(...(await check(`/status/${status}/`)));
    expect(all).toEqual([]);
  });

  it('every service page at 1280 and 360 px, its posters and annex, the Maklumat Pelayanan and the service list', async () => {
    const all: string[] = [];
    expect(env.catalog.services!.length).toBeGreaterThan(0);
    for (const s of env.catalog.services!) {
      all.push(...(await check(`/layanan/${s.id}/`)), ...(await check(`/layanan/${s.id}/`, 360)));
      all.push(...(await check(`/cetak/layanan/${s.id}/a4/`)), ...(await check(`/cetak/layanan/${s.id}/a3/`)));
      all.push(...(await check(`/cetak/layanan/${s.id}/lampiran/`)));
    }
    all.push(...(await check('/layanan/')), ...(await check('/layanan/', 360)), ...(await check('/', 360)));
    all.push(...(await check('/cetak/maklumat/dinsos-tanjungpinang/')), ...(await check('/cetak/maklumat/dinsos-provinsi/')));
    all.push(...(await check('/cetak/standar-pelayanan/dinsos-tanjungpinang/')), ...(await check('/cetak/standar-pelayanan/dinsos-provinsi/')));
    expect(all).toEqual([]);
  });

  it('the lists of agencies, regulations, acronyms and reviews, and the 404 page', async () => {
    const all: string[] = [];
    for (const path of ['/instansi/', '/dasar-hukum/', '/istilah/', '/tinjau/', '/404.html']) all.push(...(await check(path)));
    all.push(...(await check('/tinjau/', 360)));
    expect(all).toEqual([]);
  });
});
