/**
 * Letter forms in a real Chromium: injection attempts in every field execute nothing and insert
 * no element; no network request after load whatever the user does; drafts only on request;
 * the question before leaving; repeating groups; agency switch and F4 paper; phone layout;
 * the link from an SOP step prefills the form.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { isGroupField } from '../../src/core/letters/field-types';
import type { GroupItem, LetterValues } from '../../src/core/letters/form-values';
import { buildLetterContext } from '../../src/core/letters/letter-context';
import type { Agency } from '../../src/core/model/agency';
import { letterTemplateIds } from '../../src/node/letter-template-files';
import { fillForm, instrumentPage, openLetter, openLetterForm, previewText, printLetter, settled, type OpenedForm } from '../../testkit/letter-page';
import { sampleValues } from '../../testkit/letter-samples';
import { useLetterSite } from '../../testkit/site-hooks';
import { XSS_PAYLOADS } from '../support/xss-payloads';

const env = useLetterSite();

const openForm = (id: string, query = '', width = 1280): Promise<OpenedForm> => openLetterForm(env.site, id, query, width);

const hits = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __xssHits: unknown[]; __cspViolations: string[] };
    return { xss: w.__xssHits, csp: w.__cspViolations };
  });

/** Tags the letter templates themselves produce; anything else in the preview was injected. */
const LETTER_TAGS = ['HEADER', 'DIV', 'P', 'SPAN', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH', 'OL', 'LI', 'STRONG', 'BR'];

describe.each(letterTemplateIds().map((id) => [id]))('injection into %s', (id) => {
  it(`${XSS_PAYLOADS.length} payloads in every field: nothing runs, no element is inserted, the text is shown`, async () => {
    const { meta } = env.letters.templates[id]!;
    const { page, requests, dialogs } = await openForm(id, '?instansi=dinsos-tanjungpinang');
    // Every repeating group gets two items, so each sub-field is tried too.
    const groups = meta.fields.filter(isGroupField);
    await fillForm(page, meta, Object.fromEntries(groups.map((g) => [g.name, [{}, {}].slice(0, g.max)])) as never);
    const failures = (await page.evaluate(
      (payloads, allowed) => {
        const sheet = document.getElementById('surat')!;
        const controls = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
          '#formulir-surat input[type="text"], #formulir-surat textarea',
        )];
        const squash = (s: string) => s.replace(/\s+/g, '');
        const out: string[] = [];
        for (const el of controls) {
          for (const payload of payloads) {
            el.value = payload;
            el.dispatchEvent(new Event('input', { bubbles: true }));
            for (const node of sheet.querySelectorAll('*')) {
              if (!allowed.includes(node.tagName)) out.push(`${el.id}: <${node.tagName}> from ${payload}`);
              for (const attr of node.getAttributeNames()) {
                if (/^on/i.test(attr) || /javascript:/i.test(node.getAttribute(attr) ?? '')) {
                  out.push(`${el.id}: ${attr} from ${payload}`);
                }
              }
            }
            if (!squash(sheet.textContent ?? '').includes(squash(payload))) out.push(`${el.id}: text not shown for ${payload}`);
          }
          el.value = '';
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }
        return [out, controls.length];
      },
      XSS_PAYLOADS,
      LETTER_TAGS,
    )) as [string[], number];
    const [problems, tried] = failures;
    expect(tried).toBeGreaterThanOrEqual(10);
    expect(problems.slice(0, 10)).toEqual([]);
    await settled(page);
    expect(await hits(page)).toEqual({ xss: [], csp: [] });
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('letter form behaviour', () => {
  it('ignores unknown or hostile query parameters', async () => {
    const query = `?instansi=${encodeURIComponent('<img src=x onerror=__xss(1)>')}&sop=${encodeURIComponent('"><script>__xss(2)</script>')}`;
    const { page } = await openForm('surat-tugas', query);
    expect(await page.$eval('#isian-rujukan_sop', (e) => (e as HTMLInputElement).value)).toBe('');
    expect(await page.$eval('#isian-instansi', (e) => (e as HTMLSelectElement).value)).toBe('dinsos-tanjungpinang');
    expect(await page.$$eval('#surat img, #surat script', (els) => els.length)).toBe(0);
    expect(await hits(page)).toEqual({ xss: [], csp: [] });
    await page.close();
  });

  it('makes no network request after load, whatever the user does', async () => {
    const id = 'rujukan-pendampingan-kesehatan';
    const { meta } = env.letters.templates[id]!;
    const { page, requests, dialogs } = await openForm(id, '?instansi=dinsos-provinsi&sop=tanjungpinang/penanganan-korban-tindak-kekerasan');
    const resourcesAtLoad = await page.evaluate(() => performance.getEntriesByType('resource').length);
    await page.click('#tombol-cetak'); // with errors
    await fillForm(page, meta, sampleValues(meta));
    await page.click('#isian-tembusan-tambah');
    await page.click('[data-kelompok="tembusan"] .kelompok__item:last-child [data-aksi="hapus-item"]');
    await page.select('#isian-instansi', 'dinsos-tanjungpinang');
    await page.click('[data-aksi="simpan-draf"]');
    await page.click('#tombol-hapus-draf');
    await page.click('#tombol-cetak'); // valid: print
    await page.type('#isian-hal', ' <img src=/x.png>');
    await printLetter(page, 'jaringan');
    await page.click('.ringkasan-galat a').catch(() => undefined);
    await settled(page);
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').length)).toBe(resourcesAtLoad);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('stores nothing until "Simpan draf", restores a draft only on request, "Hapus draf" removes it', async () => {
    const id = 'surat-tugas';
    const { meta } = env.letters.templates[id]!;
    const values = sampleValues(meta);
    const { page } = await openForm(id);
    await page.evaluate(() => localStorage.clear());
    await fillForm(page, meta, values);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.$eval('#tombol-hapus-draf', (e) => (e as HTMLElement).hidden)).toBe(true);

    await page.click('[data-aksi="simpan-draf"]');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('surat:draf:surat-tugas')!));
    expect(stored.values.petugas).toEqual(values.petugas);
    expect(stored.values.tempat_tugas).toBe(values.tempat_tugas);
    expect(await page.$eval('#status-aksi', (e) => e.textContent)).toMatch(/^Draf disimpan di perangkat ini/);

    // Saved: leaving does not ask. Back on the page the form is empty until "Pakai draf".
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-surat-siap]');
    expect(await page.$eval('#draf-tersimpan', (e) => (e as HTMLElement).hidden)).toBe(false);
    expect(await page.$eval('#isian-tempat_tugas', (e) => (e as HTMLInputElement).value)).toBe('');
    await page.click('[data-aksi="pakai-draf"]');
    expect(await page.$eval('#isian-tempat_tugas', (e) => (e as HTMLInputElement).value)).toBe(values.tempat_tugas);
    expect(await page.$$eval('[data-kelompok="petugas"] .kelompok__item', (els) => els.length)).toBe(2);
    expect(await page.$eval('#isian-petugas-1-jabatan', (e) => (e as HTMLInputElement).value)).toBe('Tenaga Kesejahteraan Sosial Kecamatan');
    expect(await previewText(page)).toContain(values.tempat_tugas as string);

    await page.click('#tombol-hapus-draf');
    expect(await page.evaluate(() => localStorage.getItem('surat:draf:surat-tugas'))).toBeNull();
    expect(await page.$eval('#isian-tempat_tugas', (e) => (e as HTMLInputElement).value)).toBe(values.tempat_tugas);
    expect(await page.$eval('#tombol-hapus-draf', (e) => (e as HTMLElement).hidden)).toBe(true);
    await page.close();
  });

  it('asks before leaving with unsaved changes, and only then', async () => {
    const { page, dialogs } = await openForm('penitipan-panti');
    await page.goto(env.site.url('/surat/'), { waitUntil: 'load' });
    expect(dialogs).toEqual([]);

    await openLetter(page, env.site.url('/surat/penitipan-panti/'));
    await page.type('#isian-klien_nama', 'Siti');
    await page.goto(env.site.url('/surat/'), { waitUntil: 'load' }).catch(() => undefined);
    expect(dialogs).toEqual(['beforeunload']);
    // Dismissed: still on the form, nothing lost.
    expect(page.url()).toContain('/surat/penitipan-panti/');
    expect(await page.$eval('#isian-klien_nama', (e) => (e as HTMLInputElement).value)).toBe('Siti');
    await page.close();
  });

  it('after many edits the live preview is exactly a fresh render of the form', async () => {
    for (const id of ['berita-acara-serah-terima', 'surat-tugas']) {
      const { meta } = env.letters.templates[id]!;
      const { page } = await openForm(id, '?instansi=dinsos-tanjungpinang');
      const first = sampleValues(meta);
      await fillForm(page, meta, first);
      // A different set: texts changed, one item fewer in each group, optional values emptied.
      const second: LetterValues = {};
      for (const f of meta.fields) {
        const v = first[f.name];
        if (isGroupField(f)) second[f.name] = (v as GroupItem[]).slice(1).map((item) => ({ ...item, [f.fields[0]!.name]: 'Diubah' }));
        else if (f.type === 'text' && !f.required) second[f.name] = '';
        else if (f.type === 'text' || f.type === 'textarea') second[f.name] = `${v} (diubah)`;
        else second[f.name] = v as string;
      }
      await fillForm(page, meta, second);
      const agency = await page.$eval('#formulir-surat', (f) => JSON.parse((f as HTMLElement).dataset.surat!).agencies['dinsos-tanjungpinang']) as Agency;
      const fresh = env.letters.renderer.render(id, buildLetterContext(meta, agency, second));
      const same = await page.$eval('#surat', (sheet, html) => {
        const t = document.createElement('template');
        t.innerHTML = html;
        const probe = document.createElement('div');
        probe.append(t.content);
        return probe.innerHTML === sheet.innerHTML;
      }, fresh);
      expect(same, id).toBe(true);
      await page.close();
    }
  });

  it('adds and removes group items, renumbering ids, labels and the letter', async () => {
    const { page } = await openForm('surat-tugas');
    const state = () =>
      page.$$eval('[data-kelompok="tembusan"] .kelompok__item', (items) =>
        items.map((li) => {
          const input = li.querySelector('input')!;
          return {
            id: input.id,
            name: input.name,
            labelFor: li.querySelector('label')!.htmlFor,
            legend: li.querySelector('legend')!.textContent,
            value: input.value,
          };
        }),
      );
    expect((await state()).map((s) => s.value)).toEqual(['Arsip']);
    await page.click('#isian-tembusan-tambah');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('isian-tembusan-1-isi');
    await page.keyboard.type('Wali Kota Tanjungpinang');
    await page.click('#isian-tembusan-tambah');
    await page.keyboard.type('Inspektorat');
    // Remove the first: the others move up and are renumbered.
    await page.click('[data-kelompok="tembusan"] .kelompok__item:first-child [data-aksi="hapus-item"]');
    expect(await state()).toEqual([
      { id: 'isian-tembusan-0-isi', name: 'f.tembusan.0.isi', labelFor: 'isian-tembusan-0-isi', legend: 'Tembusan 1', value: 'Wali Kota Tanjungpinang' },
      { id: 'isian-tembusan-1-isi', name: 'f.tembusan.1.isi', labelFor: 'isian-tembusan-1-isi', legend: 'Tembusan 2', value: 'Inspektorat' },
    ]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('isian-tembusan-0-isi');
    const tembusan = await page.$eval('#surat .surat-tembusan', (e) => (e as HTMLElement).innerText);
    expect(tembusan.replace(/\s+/g, ' ')).toBe('Tembusan: 1. Wali Kota Tanjungpinang 2. Inspektorat');

    // Up to the maximum, then the add button gives way to a message.
    for (let i = 0; i < 8; i++) await page.click('#isian-tembusan-tambah');
    expect(await page.$$eval('[data-kelompok="tembusan"] .kelompok__item', (els) => els.length)).toBe(10);
    expect(await page.$eval('#isian-tembusan-tambah', (e) => (e as HTMLElement).hidden)).toBe(true);
    expect(await page.$eval('[data-kelompok="tembusan"] .kelompok__batas', (e) => (e as HTMLElement).hidden)).toBe(false);
    await page.close();
  });

  it('switching agency changes the kop and the untouched signatory fields only', async () => {
    const { page } = await openForm('rekomendasi-jamkesda');
    expect(await page.$eval('#isian-penandatangan_nama', (e) => (e as HTMLInputElement).value)).toBe('Diah Endang Susilawati');
    expect(await page.$eval('#isian-penandatangan_nip', (e) => (e as HTMLInputElement).value)).toBe('19670720 199303 2 008');
    await page.$eval('#isian-penandatangan_jabatan', (e) => ((e as HTMLTextAreaElement).value = ''));
    await page.type('#isian-penandatangan_jabatan', 'Plt. Kepala Dinas Sosial');
    await page.select('#isian-instansi', 'dinsos-provinsi');
    expect(await page.$eval('#isian-penandatangan_jabatan', (e) => (e as HTMLTextAreaElement).value)).toBe('Plt. Kepala Dinas Sosial');
    expect(await page.$eval('#isian-penandatangan_nama', (e) => (e as HTMLInputElement).value)).toBe('[ISI: nama kepala dinas]');
    const kop = await page.$eval('#surat .surat-kop', (e) => [...e.querySelectorAll('.surat-penanda--isi')].map((s) => s.textContent));
    expect(kop).toContain('[ISI: Dinas Sosial Provinsi (nama provinsi)]');
    expect(await page.$eval('#celah-instansi', (e) => (e as HTMLElement).hidden)).toBe(false);
    // A placeholder the new agency put in and the user never touched does not block printing
    // (the print check asks about it instead); the empty required fields still do.
    await page.click('#tombol-cetak');
    const summary = await page.$eval('#ringkasan-galat', (e) => e.textContent!);
    expect(summary).toContain('Masukkan nama klien');
    expect(summary).not.toContain('[ISI: nama kepala dinas]');
    await page.close();
  });

  it('prints on F4 (215 × 330 mm) when the agency uses F4', async () => {
    const page = await env.site.newPage(1280, 900);
    await instrumentPage(page);
    await page.setRequestInterception(true);
    let rewritten = false;
    page.on('request', async (req) => {
      if (!req.url().includes('/surat/surat-tugas/')) return void req.continue();
      const html = await (await fetch(req.url())).text();
      // The Tanjungpinang profile, as if it said "kertas: F4" (quotes are entities in the attribute).
      const q = '(?:&quot;|&#34;)';
      const pattern = new RegExp(`(${q}pola_nomor_surat${q}:${q}\\{klasifikasi\\}/\\{nomor\\}/5\\.6\\.04/\\{tahun\\}${q},${q}kertas${q}:${q})A4`);
      const body = html.replace(pattern, '$1F4');
      rewritten = body !== html;
      void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
    await openLetter(page, env.site.url('/surat/surat-tugas/?instansi=dinsos-tanjungpinang'));
    expect(rewritten).toBe(true);
    const { meta } = env.letters.templates['surat-tugas']!;
    await fillForm(page, meta, sampleValues(meta));
    expect(await page.$eval('#pratinjau-kertas', (e) => e.textContent)).toBe('F4 (215 × 330 mm)');
    expect(await page.$eval('#surat', (e) => e.className)).toBe('surat surat--f4');
    const printed = await printLetter(page, 'surat-tugas-f4');
    expect({ width: printed.widthMm, height: printed.heightMm, pages: printed.pages }).toEqual({ width: 215, height: 330, pages: 1 });
    await page.close();
  });

  it('on a phone (360 px) the preview comes below the form and nothing scrolls sideways', async () => {
    const { page } = await openForm('berita-acara-serah-terima', '', 360);
    const layout = await page.evaluate(() => {
      const form = document.getElementById('formulir-surat')!.getBoundingClientRect();
      const preview = document.getElementById('pratinjau-bingkai')!.getBoundingClientRect();
      const sheet = document.getElementById('surat')!.getBoundingClientRect();
      return {
        below: preview.top >= form.bottom,
        sheetFits: sheet.right <= preview.right + 0.5 && sheet.left >= preview.left - 0.5,
        pageWidth: document.documentElement.scrollWidth,
      };
    });
    expect(layout).toEqual({ below: true, sheetFits: true, pageWidth: 360 });
    await page.close();
  });

  it('a letter link on an SOP page opens the form with its agency and SOP filled in', async () => {
    const page = await env.site.newPage(1280, 900);
    await instrumentPage(page);
    await page.goto(env.site.url('/sop/provinsi/pemulangan-orang-terlantar/'), { waitUntil: 'load' });
    const href = await page.$eval('a[href^="/surat/pemulangan-orang-terlantar/"]', (a) => a.getAttribute('href')!);
    expect(href).toMatch(/instansi=dinsos-provinsi/);
    await openLetter(page, env.site.url(href));
    expect(await page.$eval('#isian-instansi', (e) => (e as HTMLSelectElement).value)).toBe('dinsos-provinsi');
    const rujukan = await page.$eval('#isian-rujukan_sop', (e) => (e as HTMLInputElement).value);
    expect(rujukan).toMatch(/^SOP .*Nomor /);
    expect((await previewText(page)).replace(/\s+/g, ' ')).toContain(rujukan.replace(/\s+/g, ' '));
    await page.close();
  });
});
