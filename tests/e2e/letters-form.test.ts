/**
 * Letter forms in a real Chromium, for every template: fill every field and see each value in
 * the preview; print to PDF (paper size, page count, typed values, same words as the preview,
 * PNG for people to look at); submit with errors (summary, inline messages, nothing cleared);
 * axe-core; no network request after load.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { isGroupField } from '../../src/core/letters/field-types';
import type { LetterValues } from '../../src/core/letters/form-values';
import { letterTemplateIds } from '../../src/node/letter-template-files';
import {
  fillForm,
  flat,
  letterPng,
  openLetter,
  openLetterForm,
  previewText,
  printLetter,
  words,
} from '../../testkit/letter-page';
import { expectationsFor, sampleValues } from '../../testkit/letter-samples';
import { axeViolations } from '../../testkit/axe';
import { useLetterSite } from '../../testkit/site-hooks';

const env = useLetterSite();

const openForm = (id: string, query = '?instansi=dinsos-tanjungpinang', width = 1280) => openLetterForm(env.site, id, query, width);

async function formValues(page: Page): Promise<Record<string, string>> {
  return page.$$eval('#formulir-surat input, #formulir-surat textarea, #formulir-surat select', (els) =>
    Object.fromEntries(els.map((el) => [(el as HTMLInputElement).id, (el as HTMLInputElement).value])),
  );
}

describe.each(letterTemplateIds().map((id) => [id]))('letter form %s', (id) => {
  it('shows every typed value in the preview and prints it on the right paper', async () => {
    const { meta } = env.letters.templates[id]!;
    const { page, requests } = await openForm(id);
    const values: LetterValues = sampleValues(meta);
    await fillForm(page, meta, values);

    const preview = flat(await previewText(page));
    const notShown = expectationsFor(meta, values).filter(({ texts }) => !texts.some((t) => preview.includes(flat(t))));
    expect(notShown).toEqual([]);

    // "Cetak" with a complete form: no error summary; the kop still holds the profile's
    // [ISI: ...] markers, so the page asks first; confirmed, the browser's print is called once.
    await page.click('#tombol-cetak');
    expect(await page.$eval('#ringkasan-galat', (e) => (e as HTMLElement).hidden)).toBe(true);
    expect(await page.$eval('#tanya-cetak', (d) => (d as HTMLDialogElement).open)).toBe(true);
    await page.click('#tanya-cetak-ya');
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);

    const estimated = Number(await page.$eval('#surat', (e) => (e as HTMLElement).dataset.halaman));
    const printed = await printLetter(page, id);
    expect({ width: printed.widthMm, height: printed.heightMm }).toEqual({ width: 210, height: 297 });
    expect(printed.pages).toBe(estimated);
    expect(printed.pages).toBeLessThanOrEqual(2);
    const pdfText = flat(printed.text);
    const pdfWords = new Set(words(printed.text));
    // Table cells wrap inside their column, so pdftotext interleaves them: there every word must be printed.
    const printedValue = (t: string) => pdfText.includes(flat(t)) || words(t).every((w) => pdfWords.has(w));
    const notPrinted = expectationsFor(meta, values).filter(({ texts }) => !texts.some(printedValue));
    expect(notPrinted).toEqual([]);
    // Print = preview: the same words, nothing more (no page chrome), nothing less; the only
    // addition is the page number of continuation pages, "- 2 -" (Tata Naskah Dinas).
    const pageNumber = (w: string) => /^-\d+-$/.test(w);
    expect(words(printed.text).filter(pageNumber)).toEqual(Array.from({ length: printed.pages - 1 }, (_, i) => `-${i + 2}-`));
    expect(words(printed.text).filter((w) => !pageNumber(w))).toEqual(words(await previewText(page)));
    letterPng(printed.pdf, id);

    expect(requests).toEqual([]);
    await page.close();
  });

  it('reports errors above the form and at each field, and clears nothing', async () => {
    const { meta } = env.letters.templates[id]!;
    const { page, requests } = await openForm(id, '?instansi=dinsos-provinsi');
    // Some fields typed (one of them wrong), the rest left as they came.
    const typed = meta.fields.filter((f) => !isGroupField(f) && (f.type === 'text' || f.type === 'textarea')).slice(0, 2);
    for (const f of typed) await page.type(`#isian-${f.name}`, `Ketikan ${f.name}`);
    const nik = meta.fields.find((f) => f.type === 'nik' || f.type === 'nip_nik');
    if (nik) await page.type(`#isian-${nik.name}`, '12345');
    const before = await formValues(page);

    await page.click('#tombol-cetak');
    const summary = await page.$eval('#ringkasan-galat', (e) => ({
      hidden: (e as HTMLElement).hidden,
      focused: document.activeElement === e,
      links: [...e.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href')!, text: a.textContent! })),
    }));
    expect(summary.hidden).toBe(false);
    expect(summary.focused).toBe(true);
    expect(summary.links.length).toBeGreaterThan(2);
    expect(await page.title()).toMatch(/^Kesalahan: /);
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(0);
    if (nik) expect(summary.links.map((l) => l.text).join('\n')).toMatch(/16 angka/);

    // Every summary link points at a field showing the same message inline, marked invalid.
    for (const link of summary.links) {
      const inline = await page.$eval(link.href, (el) => {
        const box = el.closest('.isian')!;
        const msg = box.querySelector(':scope > .isian__galat') as HTMLElement;
        const describedBy = el.getAttribute('aria-describedby') ?? '';
        return {
          text: msg.hidden ? '' : msg.querySelector('.isian__galat-teks')!.textContent,
          invalid: el.matches('input, select, textarea') ? el.getAttribute('aria-invalid') : 'true',
          described: el.matches('input, select, textarea') ? describedBy.includes(msg.id) : true,
        };
      });
      expect(inline, link.href).toEqual({ text: link.text, invalid: 'true', described: true });
    }
    // Following a link puts the focus in its field.
    await page.click('#ringkasan-galat a');
    expect(await page.evaluate(() => `#${document.activeElement?.id}`)).toBe(summary.links[0]!.href);

    expect(await formValues(page)).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});

describe('letter pages, accessibility', () => {
  it('the list of letters and every form pass axe-core (desktop and 360 px)', async () => {
    const page = await env.site.newPage(1280, 900);
    await page.goto(env.site.url('/surat/'), { waitUntil: 'load' });
    const problems = (await axeViolations(page)).map((v) => `/surat/: ${v}`);
    const links = await page.$$eval('.daftar-surat__tautan', (as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(letterTemplateIds().map((id) => `/surat/${id}/`).sort());
    for (const id of letterTemplateIds()) {
      for (const width of [1280, 360]) {
        await page.setViewport({ width, height: 800 });
        await openLetter(page, env.site.url(`/surat/${id}/`));
        problems.push(...(await axeViolations(page)).map((v) => `/surat/${id}/ @${width}: ${v}`));
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
