/**
 * Every letter printed by Chromium from the built form page with the data of a real office
 * (tests/support/letter-samples.ts realisticValues: three tembusan, a two-line recipient and
 * address, a normal body, several petugas), on A4 and on F4, read back with pdfinfo and
 * pdftotext -layout: the page count the form announced, one page where the content
 * fits, place and date once, "- 2 -" top centre from page 2 and none on page 1, the signature
 * never alone (the closing text goes with it) and the tembusan with the signature.
 * PNGs of every page are written next to the PDFs (tests/.out/letters/pdf-<id>-<paper>-N.png).
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { letterTemplateIds } from '../../src/node/letter-template-files';
import { fillForm, instrumentPage, letterPng, openLetter, printLetter } from '../../testkit/letter-page';
import { realisticValues } from '../../testkit/letter-samples';
import { useLetterSite } from '../../testkit/site-hooks';

const env = useLetterSite();

/** Pages each letter takes with the realistic data: one wherever the content fits on the paper. */
const EXPECTED_PAGES: Record<string, { A4: number; F4: number }> = {
  'rekomendasi-bantuan-pemulangan': { A4: 1, F4: 1 },
  'rekomendasi-jamkesda': { A4: 1, F4: 1 },
  'penitipan-panti': { A4: 1, F4: 1 },
  'surat-tugas': { A4: 1, F4: 1 },
  // Two pendamping, identity, the visit and the request: longer than one A4 page; fits F4.
  'rujukan-pendampingan-kesehatan': { A4: 2, F4: 1 },
  'berita-acara-serah-terima': { A4: 2, F4: 1 },
  // Request, police statement, client, journey, costs and two companions: two pages on both.
  'pemulangan-orang-terlantar': { A4: 2, F4: 2 },
  // Three SOPs of a bidang monitored; the seven criteria answered with notes.
  'monitoring-pelaksanaan-sop': { A4: 1, F4: 1 },
  'berita-acara-evaluasi-sop': { A4: 1, F4: 1 },
};

/** The text just before the signature, which must share its page. */
const BEFORE_SIGNATURE: Record<string, string> = {
  'rekomendasi-bantuan-pemulangan': 'Demikian disampaikan',
  'rekomendasi-jamkesda': 'Demikian disampaikan',
  'penitipan-panti': 'Demikian disampaikan',
  'pemulangan-orang-terlantar': 'Demikian disampaikan',
  'rujukan-pendampingan-kesehatan': 'Demikian disampaikan',
  'surat-tugas': 'Tempat tugas di',
  'berita-acara-serah-terima': 'Demikian berita acara',
  'monitoring-pelaksanaan-sop': 'MONITORING PELAKSANAAN SOP AP',
  'berita-acara-evaluasi-sop': 'Demikian berita acara',
};
const SIGNATORY: Record<string, string> = { 'berita-acara-serah-terima': 'Diah Endang Susilawati', 'berita-acara-evaluasi-sop': 'Diah Endang Susilawati' };
/** Sheets that write their date out in words ("Pada hari ini ...") and print no place and date. */
const DATE_IN_WORDS = new Set(['berita-acara-serah-terima', 'berita-acara-evaluasi-sop']);

/** Opens the form of the Tanjungpinang office, its profile set to the paper wanted. */
async function openOn(paper: 'A4' | 'F4', id: string): Promise<Page> {
  const page = await env.site.newPage(1280, 900);
  await instrumentPage(page);
  if (paper === 'F4') {
    await page.setRequestInterception(true);
    page.on('request', async (req) => {
      if (!req.url().includes(`/surat/${id}/`)) return void req.continue();
      const html = await (await fetch(req.url())).text();
      const q = '(?:&quot;|&#34;)';
      const pattern = new RegExp(`(${q}pola_nomor_surat${q}:${q}\\{klasifikasi\\}/\\{nomor\\}/5\\.6\\.04/\\{tahun\\}${q},${q}kertas${q}:${q})A4`);
      const body = html.replace(pattern, '$1F4');
      if (body === html) throw new Error('Tanjungpinang profile not found in the page');
      void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
  }
  await openLetter(page, env.site.url(`/surat/${id}/?instansi=dinsos-tanjungpinang`));
  return page;
}

function pageTexts(pdf: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
  );
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const firstLine = (text: string) => text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';

describe.each(letterTemplateIds().flatMap((id) => [[id, 'A4'] as const, [id, 'F4'] as const]))('%s printed on %s', (id, paper) => {
  it('takes the pages it should, with the date once, page numbers from page 2, the signature and tembusan never alone', async () => {
    const { meta } = env.letters.templates[id]!;
    const page = await openOn(paper, id);
    await fillForm(page, meta, realisticValues(meta));
    const estimated = Number(await page.$eval('#surat', (e) => (e as HTMLElement).dataset.halaman));
    const printed = await printLetter(page, `pdf-${id}-${paper}`);
    letterPng(printed.pdf, `pdf-${id}-${paper}`);
    const size = paper === 'A4' ? { width: 210, height: 297 } : { width: 215, height: 330 };
    expect({ width: printed.widthMm, height: printed.heightMm }).toEqual(size);
    expect(printed.pages).toBe(EXPECTED_PAGES[id]![paper]);
    expect(estimated).toBe(printed.pages);
    expect(await page.$eval('#pratinjau-halaman', (e) => e.textContent)).toBe(`, perkiraan ${printed.pages} halaman`);

    const texts = pageTexts(printed.pdf, printed.pages);
    const all = squash(texts.join('\n'));
    expect(all.split('Tanjungpinang, 4 Maret 2024').length - 1).toBe(DATE_IN_WORDS.has(id) ? 0 : 1);

    // Page numbers: none on the first page (it has the kop), "- n -" top centre on the others.
    expect(texts[0]).not.toMatch(/^\s*-\s*\d+\s*-\s*$/m);
    texts.slice(1).forEach((text, i) => {
      expect(firstLine(text).replace(/\s+/g, ' ')).toMatch(new RegExp(`^- ?${i + 2} ?-$`));
      const line = text.split('\n').find((l) => l.trim() !== '')!;
      const centre = line.indexOf('-') + line.trim().length / 2;
      const width = Math.max(...text.split('\n').map((l) => l.length));
      expect(Math.abs(centre - width / 2), `page ${i + 2} number centred`).toBeLessThan(width * 0.1);
    });

    // The signature shares its page with the text before it; the tembusan with the signature.
    const signatory = SIGNATORY[id] ?? 'Budi Santoso';
    const signaturePage = texts.findIndex((t) => t.includes(signatory));
    expect(signaturePage).toBe(texts.length - 1);
    expect(squash(texts[signaturePage]!)).toContain(BEFORE_SIGNATURE[id]);
    if (meta.jenis === 'surat-dinas' || meta.jenis === 'surat-tugas') {
      const tembusanPages = texts.map((t, i) => (/Tembusan:|Wali Kota Tanjungpinang \(sebagai|3\. Arsip/.test(t) ? i : -1)).filter((i) => i >= 0);
      expect(tembusanPages).toEqual([signaturePage]);
    }
    await page.close();
  });
});
