/**
 * The reviewer's view in the SOP editor (issue 10 step 5, issue 12): beside the form, the preview
 * shows "Perubahan dibanding versi terbit", the core difference between the SOP as published
 * (main, when the editor started) and the entry as edited. `npm run editor` on a temporary copy of
 * the repository, driven in Chromium; axe on the section. Screenshot:
 * tests/.out/screenshots/editor-review-diff.png.
 */
import { rmSync } from 'node:fs';
import { axeViolations } from '../../testkit/axe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { screenshot } from '../../testkit/browser';
import { openEditor, openEntry, setText, startEditor, tempProject, useEditorSession, type EditorProcess } from '../support/editor';

const session = useEditorSession();
let repo: string;
let editor: EditorProcess;
let page: Page;
beforeAll(() => void ({ repo, editor, page } = session));

async function previewFrame(): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  return (await handle!.contentFrame())!;
}

const summary = (frame: Frame) => frame.$eval('[data-sop-diff] [data-diff-summary]', (e) => e.textContent);

describe('SOP editor: what changed against the published version', () => {
  it('shows an edit word by word, a step inserted in the middle as one addition, and the total before and after', async () => {
    // Pemulangan Orang Terlantar: step 5 is a decision whose "Layak" branch goes to step 6.
    await openEntry(page, editor.url, 'sop-provinsi', 'pemulangan-orang-terlantar');
    const frame = await previewFrame();
    await frame.waitForSelector('[data-sop-diff] [data-diff-summary]');
    expect(await summary(frame)).toBe('Tidak ada perubahan.');

    const sasaran = await page.$eval('[data-sop-path="sasaran"]', (e) => (e as HTMLInputElement).value);
    await setText(page, 'sasaran', `${sasaran} dan keluarganya`);
    await setText(page, 'langkah[0].waktu', '10 Menit');
    await page.click('[data-insert-before="3"]');
    await setText(page, 'langkah[2].kegiatan', 'Mencatat klien di buku register');
    await setText(page, 'langkah[2].kelengkapan', 'Buku register');
    await setText(page, 'langkah[2].waktu', '5 menit');
    await setText(page, 'langkah[2].output', 'Nomor register');
    // The preview follows the typing; the last edit is the new step's output.
    await frame.waitForFunction(() => document.querySelector('[data-sop-diff] [data-diff="step-added"]')?.textContent?.includes('Nomor register'));
    expect(await summary(frame)).toBe('1 isian identitas diubah, 1 langkah ditambah, 1 langkah diubah dan total waktu berubah.');

    // Marked by more than colour: signs and words, in <ins>/<del>.
    expect(await frame.$$eval('[data-sop-diff] :is(ins, del)', (els) => els.map((e) => `${e.tagName} ${e.textContent}`))).toEqual([
      // The legend, then the changes.
      'INS +ditambah: teks yang ditambah',
      'DEL −dihapus: teks yang dihapus',
      'INS +ditambah: dan keluarganya',
      'DEL −dihapus: 5',
      'INS +ditambah: 10',
      'DEL −dihapus: 75 jam 20 menit',
      'INS +ditambah: 75 jam 30 menit',
    ]);
    expect(await frame.$$eval('[data-sop-diff] [data-diff^="step-"] > p', (els) => els.map((e) => e.textContent))).toEqual([
      'Diubah Langkah 1: Menerima Orang Terlantar dari Dinas Sosial Kab/Kota Disertai Surat Permohonan Pemulangan OT Dari Dinsos Kab/Kota dengan Lampiran Surat Keterangan Terlantar Dari Kepolisian dan Hasil Asesmen dari Peksos/Pendamping Sosial Terhadap OT. Lalu menyerahkan kepada Kepala Dinas untuk didisposisi.',
      // Steps 3 to 14 are now 4 to 15 and the decision's "Layak" branch follows step 6 to 7:
      // neither is a change.
      'Ditambah Langkah 3: Mencatat klien di buku register',
    ]);

    await frame.$eval('[data-sop-diff]', (e) => e.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'editor-review-diff');
    expect(await axeViolations(frame, '[data-sop-diff]')).toEqual([]);
  });

  it('says that a new SOP has no published version', async () => {
    await openEntry(page, editor.url, 'sop-tanjungpinang', 'new');
    const frame = await previewFrame();
    await frame.waitForSelector('[data-sop-diff] [data-diff-summary]');
    expect(await summary(frame)).toBe('SOP baru: belum ada versi terbit untuk dibandingkan. Seluruh isinya baru.');
  });
});
