/**
 * Search in a real browser against the real Pagefind index of the built site: acronyms and
 * synonyms ("eks napi", "BWBLP", "trafficking"), filters, the empty result, and the keyboard.
 * Expected SOPs are picked from the sources, not typed in.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SopSource } from '../../src/core/catalog/catalog';
import { ACRONYMS, spellings } from '../../src/core/glossary/acronyms';
import { acronymsInText, wordPattern } from '../../src/core/glossary/match';
import { sopSearchText } from '../../src/core/site/search-text';
import { screenshot } from '../../testkit/browser';
import { useSite } from '../../testkit/site-hooks';

const env = useSite();
let page: Page;

beforeAll(async () => {
  page = await env.site.newPage();
});

/** The one SOP whose title matches, from the sources. */
function sopTitled(pattern: RegExp): SopSource {
  const found = env.catalog.sops.filter((s) => pattern.test(s.data.judul));
  expect(found.map((s) => s.id), String(pattern)).toHaveLength(1);
  return found[0]!;
}

async function waitForResults(): Promise<{ status: string; hrefs: string[] }> {
  await page.waitForFunction(
    () => {
      const s = document.querySelector('[data-search-status]')?.textContent ?? '';
      return s !== '' && s !== 'Mencari…';
    },
    { timeout: 15_000 },
  );
  const status = await page.$eval('[data-search-status]', (e) => e.textContent ?? '');
  const hrefs = await page.$$eval('[data-search-list] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  return { status, hrefs };
}

/** Types the query into the search box with the keyboard and presses Enter. */
async function search(query: string): Promise<{ status: string; hrefs: string[] }> {
  await page.goto(env.site.url('/'));
  await page.waitForSelector('[data-search-ready]');
  await page.click('#cari-kata');
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  return waitForResults();
}

describe('search', () => {
  it('finds the eks narapidana SOP with "eks napi" (a synonym only in the glossary)', async () => {
    const expected = sopTitled(/narapidana/i);
    // The synonym itself is not written in the SOP: the glossary is what makes it findable.
    expect(expected.body + JSON.stringify(expected.data)).not.toMatch(/\bnapi\b/i);
    const { status, hrefs } = await search('eks napi');
    // The SOP and the service it carries out (whose kata_kunci name "eks napi") come first.
    expect(hrefs.slice(0, 2).sort()).toEqual(['/layanan/penanganan-eks-narapidana/', `/sop/${expected.id}/`]);
    expect(status).toMatch(/^1 layanan dan \d+ SOP ditemukan untuk “eks napi”/);
    await screenshot(page, 'site-search-eks-napi-1280');
  });

  it('finds the same SOP with "BWBLP" and shows what BWBLP means', async () => {
    const expected = sopTitled(/narapidana/i);
    const { hrefs } = await search('BWBLP');
    expect(hrefs.slice(0, 2).sort()).toEqual(['/layanan/penanganan-eks-narapidana/', `/sop/${expected.id}/`]);
    const meaning = ACRONYMS.find((a) => a.term === 'BWBLP')!.meaning;
    expect(await page.$$eval('[data-search-acronyms] dd', (dd) => dd.map((d) => d.textContent))).toContain(meaning);
  });

  it('finds the perdagangan orang SOP and its service first with "trafficking"', async () => {
    const expected = sopTitled(/perdagangan orang/i);
    const { hrefs } = await search('trafficking');
    expect(hrefs.slice(0, 2).sort()).toEqual(['/layanan/penanganan-korban-perdagangan-orang/', `/sop/${expected.id}/`]);
  });

  it('finds every SOP by a glossary word that its text never uses (the index carries the synonyms)', async () => {
    let tried = 0;
    for (const sop of env.catalog.sops) {
      const text = sopSearchText(sop.data, sop.body);
      const words = acronymsInText(text)
        .flatMap((a) => [...spellings(a), ...a.synonyms])
        .filter((w) => /^[\p{L}\p{N}]+$/u.test(w) && !wordPattern(w, 'iu').test(text));
      if (words.length === 0) continue;
      const { hrefs } = await search(words[0]!);
      expect(hrefs, `${sop.id}: "${words[0]}"`).toContain(`/sop/${sop.id}/`);
      tried++;
    }
    expect(tried).toBeGreaterThan(0);
  });

  it('finds services by the words people type: "pulang kampung", "korban kekerasan"', async () => {
    const home = await search('pulang kampung');
    expect(home.hrefs[0]).toBe('/layanan/pemulangan-orang-terlantar/');
    const violence = await search('korban kekerasan');
    expect(violence.status).toBe('2 layanan dan 2 SOP ditemukan untuk “korban kekerasan”.');
    expect(violence.hrefs).toContain('/layanan/penanganan-korban-tindak-kekerasan/');
    expect(violence.hrefs).toContain('/sop/tanjungpinang/penanganan-korban-tindak-kekerasan/');
    await screenshot(page, 'site-search-korban-kekerasan-1280');
  });

  it('says so when nothing matches', async () => {
    const { status, hrefs } = await search('qwertyzzz');
    expect(hrefs).toEqual([]);
    expect(status).toMatch(/^Tidak ada layanan atau SOP yang cocok/);
    // Services are in the index: the heading names both.
    expect(await page.$eval('#cari-judul', (e) => e.textContent)).toBe('Cari layanan dan SOP');
  });

  it('nonsense and stray fragments find nothing, and the page says so with suggestions', async () => {
    // Each of these matched SOPs through a single letter ("x" of "3 x 24 Jam", an initial "F.").
    for (const query of ['xyzzy', 'foobar', 'qq zz']) {
      const { status, hrefs } = await search(query);
      expect(hrefs, query).toEqual([]);
      expect(status).toBe(
        `Tidak ada layanan atau SOP yang cocok untuk “${query}”: kata itu tidak ditemukan di layanan atau SOP mana pun. ` +
          'Saran: periksa ejaannya, coba kata lain atau singkatan yang dikenal (misalnya pemulangan, eks napi, BWBLP atau trafficking).',
      );
    }
    const single = await search('x');
    expect(single.hrefs).toEqual([]);
    expect(single.status).toBe('Kata “x” terlalu pendek untuk dicari. Ketik sedikitnya dua huruf, misalnya pemulangan, eks napi atau trafficking.');
    // A real word next to nonsense is still nonsense; the real word alone finds its SOP.
    expect((await search('pemulangan xyzzy')).hrefs).toEqual([]);
    const expected = sopTitled(/orang terlantar/i);
    expect((await search('pemulangan')).hrefs).toContain(`/sop/${expected.id}/`);
    expect((await search('3 x 24 jam')).hrefs).toContain(`/sop/${expected.id}/`);
  });

  it('filters by agency, keeps the search in the address and restores it on reload', async () => {
    const [agencyId, agency] = [...env.catalog.agencies].sort(
      (a, b) => env.catalog.sops.filter((s) => s.data.instansi === b[0]).length - env.catalog.sops.filter((s) => s.data.instansi === a[0]).length,
    )[0]!;
    const ownSops = env.catalog.sops.filter((s) => s.data.instansi === agencyId);
    // Its SOPs and the services they carry out.
    const own = [
      ...ownSops.map((s) => `/sop/${s.id}/`),
      ...env.catalog.services!.filter((v) => ownSops.some((s) => s.id === v.data.sop[0])).map((v) => `/layanan/${v.id}/`),
    ];
    await page.goto(env.site.url('/'));
    await page.waitForSelector('[data-search-ready]');
    await page.click('.search__filters summary');
    await page.select('#saring-instansi', agency.data.nama);
    const { hrefs } = await waitForResults();
    expect(hrefs.sort()).toEqual(own.sort());
    const address = new URL(page.url());
    expect(address.searchParams.get('instansi')).toBe(agency.data.nama);
    await page.reload();
    const again = await waitForResults();
    expect(again.hrefs.sort()).toEqual(own.sort());
    expect(await page.$eval('#saring-instansi', (s) => (s as HTMLSelectElement).value)).toBe(agency.data.nama);
  });

  it('filters by actor together with a query', async () => {
    const target = sopTitled(/perdagangan orang/i);
    const actor = target.data.pelaksana[0]!.label;
    const withActor = env.catalog.sops.filter((s) => s.data.pelaksana.some((p) => p.label === actor));
    await page.goto(env.site.url(`/?q=trafficking&pelaksana=${encodeURIComponent(actor)}`));
    const { hrefs } = await waitForResults();
    expect(hrefs).toContain(`/sop/${target.id}/`);
    for (const h of hrefs) expect(withActor.map((s) => `/sop/${s.id}/`)).toContain(h);
  });

  it('works with the keyboard alone and announces the result count in a status region', async () => {
    await page.goto(env.site.url('/'));
    await page.waitForSelector('[data-search-ready]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    let tabs = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'cari-kata' && tabs++ < 15) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cari-kata');
    await page.keyboard.type('eks napi');
    await page.keyboard.press('Enter');
    const { hrefs } = await waitForResults();
    expect(hrefs.length).toBeGreaterThan(0);
    expect(await page.$eval('[data-search-status]', (e) => e.getAttribute('role'))).toBe('status');
    // The first result is reached by Tab after the button and the filters toggle.
    tabs = 0;
    while ((await page.evaluate(() => document.activeElement?.closest('[data-search-list]') !== null)) === false && tabs++ < 10) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(hrefs[0]);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(hrefs[0]);
  });
});

describe('without JavaScript', () => {
  it('the home page says search needs JavaScript and still lists every SOP', async () => {
    const noJs = await env.site.newPage();
    await noJs.setJavaScriptEnabled(false);
    await noJs.goto(env.site.url('/?q=eks+napi'));
    const notice = await noJs.$eval('.search .notice', (e) => ({
      text: e.textContent ?? '',
      visible: (e as HTMLElement).offsetHeight > 0,
    }));
    expect(notice.visible).toBe(true);
    expect(notice.text).toMatch(/JavaScript/);
    const listed = await noJs.$$eval('tr[data-sop-id] a', (as) => as.map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual(env.catalog.sops.map((s) => `/sop/${s.id}/`).sort());
    await noJs.close();
  });
});
