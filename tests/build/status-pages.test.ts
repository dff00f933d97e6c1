/**
 * Status digantikan and dicabut on a synthetic project written to tests/.out/status-project: the
 * banner on the replaced and the withdrawn SOP, "Menggantikan" on the successor, the lists split
 * by status with the /status/<status>/ pages, sops.json's links, the "TIDAK BERLAKU" watermark
 * in their PDFs and the agency's Buku SOP without them.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publish } from '../../src/node/publish/publish';
import { scaffoldProject, syntheticSopMdx } from '../../testkit/synthetic';
import { ROOT, TEST_OUT } from '../../testkit/paths';
import { pdfText, squash } from '../support/pdf';
import { openSite } from '../../testkit/browser';
import { axeViolations } from '../../testkit/axe';

const DIR = join(TEST_OUT, 'status-project');
const OUT = join(DIR, 'out');
const AGENCY = 'dinsos-sintetis-a';

const SOPS: Record<string, Parameters<typeof syntheticSopMdx>[0]> = {
  'sintetis-a/baru': { steps: 4, actors: 2, seed: 21, instansi: AGENCY, nomor: '460/1/SINT/2025', judul: 'Penanganan Baru' },
  'sintetis-a/lama': { steps: 4, actors: 2, seed: 22, instansi: AGENCY, nomor: '460/1/SINT/2020', judul: 'Penanganan Lama', status: 'digantikan', extra: { digantikan_oleh: 'sintetis-a/baru' } },
  'sintetis-a/dicabut': { steps: 4, actors: 2, seed: 23, instansi: AGENCY, nomor: '460/2/SINT/2020', judul: 'Pelayanan Dicabut', status: 'dicabut', extra: { dicabut: { tanggal: '2025-01-31', alasan: 'Layanan dialihkan ke Dinas Sosial Provinsi.' } } },
  'sintetis-a/draf': { steps: 4, actors: 2, seed: 24, instansi: AGENCY, nomor: '460/3/SINT/2025', judul: 'Pelayanan Draf', status: 'draf' },
};

const html = (path: string) => readFileSync(join(OUT, path, 'index.html'), 'utf8');
/** The text of every element whose class attribute holds `cls`, tags removed. */
function textsOf(page: string, cls: string): string[] {
  const re = new RegExp(`<(\\w+)[^>]*class="[^"]*\\b${cls}\\b[^"]*"[^>]*>([\\s\\S]*?)</\\1>`, 'g');
  return [...page.matchAll(re)].map((m) => squash(m[2]!.replace(/<[^>]+>/g, '')));
}
const linksIn = (fragment: string) => [...fragment.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
const pdf = (name: string) => join(OUT, 'pdf', name);

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  scaffoldProject(DIR, ROOT);
  mkdirSync(join(DIR, 'sops', 'sintetis-a'), { recursive: true });
  for (const [id, o] of Object.entries(SOPS)) writeFileSync(join(DIR, 'sops', `${id}.mdx`), syntheticSopMdx(o));
  // A service still carried out by the replaced SOP.
  mkdirSync(join(DIR, 'sops', '_layanan'), { recursive: true });
  writeFileSync(
    join(DIR, 'sops', '_layanan', 'layanan-lama.yaml'),
    'nama: Layanan Lama\nringkasan: Layanan uji yang dijalankan SOP yang sudah digantikan.\nsop: [sintetis-a/lama]\n' +
      'persyaratan: [Identitas pemohon]\nprosedur: [Pemohon datang ke kantor.]\n',
  );
  await publish({ root: DIR, outDir: 'out', log: () => {} });
}, 300_000);

describe('status digantikan and dicabut on the site', () => {
  it('a replaced SOP keeps its page with a banner linking its successor', () => {
    const page = html('sop/sintetis-a/lama');
    expect(textsOf(page, 'sop-status-notice')).toEqual([
      'SOP ini telah digantikan oleh SOP lain dan tidak berlaku lagi. Tidak berlaku lagi sejak 22 Maret 2024; digantikan oleh Penanganan Baru.',
    ]);
    const notice = page.match(/<p[^>]*sop-status-notice[\s\S]*?<\/p>/)![0];
    expect(linksIn(notice)).toEqual(['/sop/sintetis-a/baru/']);
  });

  it('a service carried out by a replaced SOP says so, and is not called a draft', () => {
    const page = html('layanan/layanan-lama');
    expect(textsOf(page, 'service-ended-notice')).toEqual([
      'Keterangan ini disusun dari SOP yang tidak berlaku lagi (digantikan atau dicabut); tanyakan ketentuan yang berlaku sekarang ke kantor pelayanan.',
    ]);
    expect(textsOf(page, 'service-draft-notice')).toEqual([]);
  });

  it('the successor links back', () => {
    const page = html('sop/sintetis-a/baru');
    expect(textsOf(page, 'sop-replaces')).toEqual(['Menggantikan Penanganan Lama.']);
    expect(linksIn(page.match(/<p[^>]*sop-replaces[\s\S]*?<\/p>/)![0])).toEqual(['/sop/sintetis-a/lama/']);
    expect(textsOf(page, 'sop-status-notice')).toEqual([]);
  });

  it('a withdrawn SOP says when and why', () => {
    expect(textsOf(html('sop/sintetis-a/dicabut'), 'sop-status-notice')).toEqual([
      'SOP ini telah dicabut dan tidak berlaku lagi. Dicabut pada 31 Januari 2025 karena Layanan dialihkan ke Dinas Sosial Provinsi.',
    ]);
  });

  it('the lists keep SOPs no longer in force in a section of their own, with their status', () => {
    for (const path of ['', `instansi/${AGENCY}`]) {
      const page = html(path);
      const tables = [...page.matchAll(/<table class="sop-table">([\s\S]*?)<\/table>/g)].map((m) => m[1]!);
      const ended = tables.find((t) => t.includes('Tidak berlaku lagi (digantikan atau dicabut)'))!;
      expect(ended, path).toBeDefined();
      const rows = [...ended.matchAll(/data-sop-id="([^"]+)"[\s\S]*?class="status status--(\w+)"[^>]*>([\s\S]*?)<\/span><\/td>/g)]
        .map((m) => [m[1], m[2], squash(m[3]!.replace(/<[^>]+>/g, ''))]);
      expect(rows.sort(), path).toEqual([['sintetis-a/dicabut', 'dicabut', 'Status: Dicabut'], ['sintetis-a/lama', 'digantikan', 'Status: Digantikan']]);
      const others = tables.filter((t) => t !== ended).flatMap((t) => [...t.matchAll(/data-sop-id="([^"]+)"/g)].map((m) => m[1]));
      expect(others.sort(), path).toEqual(['sintetis-a/baru', 'sintetis-a/draf']);
    }
  });

  it('each status has a list page, linked from the home page without JavaScript', () => {
    const home = html('');
    const nav = home.match(/<nav class="status-filter"[\s\S]*?<\/nav>/)![0];
    expect([...nav.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => squash(m[1]!.replace(/<[^>]+>/g, '')))).toEqual(['Semua', 'Draf (1)', 'Berlaku (1)', 'Digantikan (1)', 'Dicabut (1)']);
    expect(linksIn(nav)).toEqual(['/', '/status/draf/', '/status/berlaku/', '/status/digantikan/', '/status/dicabut/']);
    const page = html('status/digantikan');
    expect([...page.matchAll(/data-sop-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['sintetis-a/lama']);
    expect(page).not.toMatch(/<script/);
  });

  it('sops.json carries the status and the links both ways', () => {
    const entries = JSON.parse(readFileSync(join(OUT, 'sops.json'), 'utf8')) as Record<string, unknown>[];
    const pick = (id: string) => {
      const e = entries.find((x) => x.id === id)!;
      return { status: e.status, digantikan_oleh: e.digantikan_oleh, menggantikan: e.menggantikan, dicabut: e.dicabut };
    };
    expect(pick('sintetis-a/lama')).toEqual({ status: 'digantikan', digantikan_oleh: 'sintetis-a/baru', menggantikan: undefined, dicabut: undefined });
    expect(pick('sintetis-a/baru')).toEqual({ status: 'berlaku', digantikan_oleh: undefined, menggantikan: ['sintetis-a/lama'], dicabut: undefined });
    expect(pick('sintetis-a/dicabut')).toEqual({ status: 'dicabut', digantikan_oleh: undefined, menggantikan: undefined, dicabut: { tanggal: '2025-01-31', alasan: 'Layanan dialihkan ke Dinas Sosial Provinsi.' } });
  });
});

describe('status pages in a browser', () => {
  it('the banners, the successor and the lists pass axe (WCAG 2.2 AA)', async () => {
    const site = await openSite(OUT);
    try {
      const page = await site.newPage();
      const all: string[] = [];
      for (const path of ['/sop/sintetis-a/lama/', '/sop/sintetis-a/dicabut/', '/sop/sintetis-a/baru/', '/', `/instansi/${AGENCY}/`, '/status/digantikan/']) {
        await page.goto(site.url(path), { waitUntil: 'load' });
        all.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
      }
      expect(all).toEqual([]);
    } finally {
      await site.close();
    }
  }, 120_000);
});

describe('status digantikan and dicabut in the PDFs', () => {
  it('the PDFs of a replaced and a withdrawn SOP carry the TIDAK BERLAKU watermark on every page', () => {
    for (const id of ['sintetis-a/lama', 'sintetis-a/dicabut']) {
      const file = pdf(`${id}.pdf`);
      const pages = pdfText(file).split('\f').filter((p) => p.trim() !== '');
      expect(pages.length, id).toBeGreaterThan(0);
      // The word runs along the diagonal: pdftotext gives it letter by letter.
      for (const p of pages) expect(p.replace(/\s+/g, ''), id).toContain('TIDAKBERLAKU');
    }
    expect(pdfText(pdf('sintetis-a/baru.pdf')).replace(/\s+/g, '')).not.toContain('TIDAKBERLAKU');
    expect(pdfText(pdf('sintetis-a/draf.pdf')).replace(/\s+/g, '')).not.toContain('TIDAKBERLAKU');
  });

  it("they leave the agency's Buku SOP", () => {
    const book = pdf(`${AGENCY}-buku-sop.pdf`);
    expect(existsSync(book)).toBe(true);
    const text = squash(pdfText(book));
    expect(text).toContain('Penanganan Baru');
    expect(text).not.toContain('Penanganan Lama');
    expect(text).not.toContain('Pelayanan Dicabut');
    expect(text.replace(/\s+/g, '')).not.toContain('TIDAKBERLAKU');
  });
});
