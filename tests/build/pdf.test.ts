/**
 * The PDFs of the real sample SOPs, read back from the files the publish command wrote
 * (tests/.out/dist, see tests/setup/build-site.ts): paper, identity block, steps in order,
 * footer, watermark, metadata, fonts, the book's contents page, sops.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSources } from '../../src/node/load-sources';
import { resolvePageSetup } from '../../src/core/pdf/paper';
import { sopDates } from '../../src/core/pdf/metadata';
import type { Catalog } from '../../src/core/catalog/catalog';
import { ROOT, SITE_DIST } from '../../testkit/paths';
import { fonts, hasDrafWatermark, pageCount, pageSizeMm, pdfInfo, pdfText, positionsInOrder, squash } from '../support/pdf';
import { sampleSop } from '../support/sample-sops';

let catalog: Catalog;
const pdfOf = (id: string) => join(SITE_DIST, 'pdf', `${id}.pdf`);

beforeAll(() => {
  catalog = loadSources(ROOT).catalog;
});

describe('PDF per SOP (sample SOPs)', () => {
  it('exists for every SOP, with the paper and orientation of its settings', () => {
    expect(catalog.sops.length).toBeGreaterThan(0);
    for (const sop of catalog.sops) {
      const file = pdfOf(sop.id);
      expect(existsSync(file), file).toBe(true);
      const setup = resolvePageSetup(sop.data, catalog.agencies.get(sop.data.instansi)?.data);
      for (let p = 1; p <= pageCount(file); p++) expect(pageSizeMm(file, p), `${sop.id} p${p}`).toEqual([setup.widthMm, setup.heightMm]);
    }
  });

  it('starts with the kop and identity block, then every step in order, then the narrative', () => {
    for (const sop of catalog.sops) {
      const file = pdfOf(sop.id);
      const agency = catalog.agencies.get(sop.data.instansi)!.data;
      const page1 = squash(pdfText(file, 1));
      const signer = sop.data.disahkan_oleh ?? agency.kepala;
      const identity = [
        agency.pemerintah.toUpperCase(),
        'Nomor SOP',
        sop.data.nomor,
        'Tanggal Pembuatan',
        sampleSop(sop.id).pembuatan,
        sop.data.tanggal.label_efektif,
        sampleSop(sop.id).efektif,
        signer.jabatan,
        signer.nama,
        sampleSop(sop.id).nip,
        'Nama SOP',
        'Dasar Hukum',
        'Kualifikasi Pelaksana',
      ];
      expect(positionsInOrder(page1, identity).every((i) => i >= 0), `${sop.id}: ${identity.join(' | ')}\n${page1}`).toBe(true);
      // Steps: the first words of each activity, in order, over the whole document. A narrow
      // column may break a line after "/", which the text extraction reads as a space.
      const norm = (t: string) => squash(t).replace(/\/ /g, '/');
      const all = norm(pdfText(file));
      const starts = sop.data.langkah.map((s) => norm(s.kegiatan).split(' ').slice(0, 4).join(' '));
      const pos = positionsInOrder(all, starts);
      expect(pos.every((i) => i >= 0), `${sop.id}: ${starts.filter((_, k) => pos[k]! < 0).join(' / ')}`).toBe(true);
      // The total time under the table, then the narrative.
      expect(positionsInOrder(all, [starts.at(-1)!, 'Jumlah waktu penyelesaian', 'A. Dasar Hukum', 'B. Sasaran Objek']).every((i) => i >= 0)).toBe(true);
    }
  });

  it('has the footer on every page and a DRAF watermark exactly on draf SOPs', () => {
    for (const sop of catalog.sops) {
      const file = pdfOf(sop.id);
      const n = pageCount(file);
      for (let p = 1; p <= n; p++) {
        const raw = pdfText(file, p);
        const text = squash(raw);
        expect(text, `${sop.id} p${p}`).toContain(`SOP Nomor ${sop.data.nomor} Halaman ${p} dari ${n}`);
        expect(hasDrafWatermark(raw), `${sop.id} p${p} watermark`).toBe(sop.data.status === 'draf');
      }
    }
    expect(catalog.sops.some((s) => s.data.status === 'draf')).toBe(true);
  });

  it('carries metadata from the SOP and embeds every font', () => {
    for (const sop of catalog.sops) {
      const file = pdfOf(sop.id);
      const info = pdfInfo(file);
      const agency = catalog.agencies.get(sop.data.instansi)!.data;
      expect(info.Title).toContain(sop.data.judul);
      expect(info.Author).toBe(agency.nama);
      expect(info.Subject).toContain(sop.data.nomor);
      expect(info.Keywords).toContain(agency.singkatan);
      expect(info.CreationDate?.slice(0, 10)).toBe(sopDates(sop.data).created);
      expect(info.ModDate?.slice(0, 10)).toBe(sopDates(sop.data).modified);
      const f = fonts(file);
      expect(f.length).toBeGreaterThan(0);
      expect(f.filter((x) => !x.embedded)).toEqual([]);
      expect(f.some((x) => /LiberationSans/.test(x.name))).toBe(true);
    }
  });

  it('is listed in sops.json and linked from the SOP page', () => {
    const list = JSON.parse(readFileSync(join(SITE_DIST, 'sops.json'), 'utf8')) as { id: string; pdf: string }[];
    for (const sop of catalog.sops) {
      const entry = list.find((e) => e.id === sop.id)!;
      expect(entry.pdf).toBe(`/pdf/${sop.id}.pdf`);
      const page = readFileSync(join(SITE_DIST, 'sop', sop.id, 'index.html'), 'utf8');
      expect(page).toMatch(new RegExp(`href="/pdf/${sop.id}\\.pdf"[^>]*>Unduh PDF`));
    }
  });
});

describe('Buku SOP per agency', () => {
  it('has a cover, a contents page whose page numbers point at each berlaku SOP, and continuous numbers', () => {
    const agencies = [...new Set(catalog.sops.filter((s) => s.data.status === 'berlaku').map((s) => s.data.instansi))];
    expect(agencies.length).toBeGreaterThan(0);
    for (const agencyId of agencies) {
      const agency = catalog.agencies.get(agencyId)!.data;
      const book = join(SITE_DIST, 'pdf', `${agencyId}-buku-sop.pdf`);
      expect(existsSync(book), book).toBe(true);
      const total = pageCount(book);
      const cover = squash(pdfText(book, 1));
      expect(cover).toContain(agency.nama.toUpperCase());
      expect(cover).toMatch(/TAHUN \d{4}/);
      const toc = squash(pdfText(book, 2));
      expect(toc).toContain('DAFTAR ISI');
      const members = catalog.sops.filter((s) => s.data.instansi === agencyId && s.data.status === 'berlaku');
      let pages = 1 + 1; // cover + one contents page for the samples
      for (const sop of members) {
        const m = new RegExp(`${sop.data.nomor.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} .*?(?:\\. )+\\.? ?(\\d+)`).exec(toc);
        expect(m, `${sop.id} in contents: ${toc}`).not.toBeNull();
        const start = Number(m![1]);
        // The page it names is the SOP's first page: its footer says so.
        const text = squash(pdfText(book, start));
        expect(text).toContain(`SOP Nomor ${sop.data.nomor}`);
        expect(text).toContain('Halaman 1 dari');
        expect(text).toContain(`hlm. ${start} dari ${total}`);
        pages += pageCount(pdfOf(sop.id));
      }
      expect(total).toBe(pages);
      // Drafts are not in the book.
      for (const d of catalog.sops.filter((s) => s.data.instansi === agencyId && s.data.status !== 'berlaku')) expect(toc).not.toContain(d.data.nomor);
    }
  });
});
