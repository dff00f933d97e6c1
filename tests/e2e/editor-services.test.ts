/**
 * The editor's service collection (sops/_layanan/*.yaml) end to end: `npm run editor` on a
 * temporary copy of the repository, driven in Chromium. Editing one field of a service gives a
 * one-line git diff on the entry's branch; naming an SOP that does not exist shows the checker's
 * Indonesian message at the field and saving is refused. Screenshots:
 * tests/.out/screenshots/editor-layanan*.png.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { screenshot } from '../../testkit/browser';
import { diffLines, type EditorProcess, errorsAt, expectSaveBlocked, git, openEditor, saveAndWait, setText, startEditor, tempProject, useEditorSession } from '../support/editor';
import { axeViolations } from '../../testkit/axe';

const session = useEditorSession();
let repo: string;
let editor: EditorProcess;
let page: Page;
beforeAll(() => void ({ repo, editor, page } = session));

/** Opens a service through the collection's page and waits for its name field. */
async function openService(slug: string): Promise<void> {
  await page.goto(`${editor.url}/admin/#/collections/layanan`);
  await page.waitForFunction(() => !document.querySelector('[data-sop-path]') && document.querySelector('a[href*="/entries/"]'));
  await page.goto(`${editor.url}/admin/#/collections/layanan/entries/${slug}`);
  await page.waitForSelector('[data-sop-path="nama"]');
}


describe('services in the editor', () => {
  const branch = 'cms/layanan/penanganan-eks-narapidana';

  it('opens a service with its values and edits one field with a one-line diff', async () => {
    await openService('penanganan-eks-narapidana');
    expect(await page.$eval('[data-sop-path="nama"]', (e) => (e as HTMLInputElement).value)).toBe('Penanganan Eks Narapidana (BWBLP)');
    expect(await page.$eval('[data-sop-path="sop"]', (e) => (e as HTMLTextAreaElement).value)).toBe('tanjungpinang/penanganan-eks-narapidana');
    await screenshot(page, 'editor-layanan');
    expect(await axeViolations(page, '.sop-widget')).toEqual([]);
    await setText(page, 'jumlah_pelaksana', '3 orang');
    await saveAndWait(page);
    expect(diffLines(repo, 'main', branch)).toEqual(['-jumlah_pelaksana: "[ISI: jumlah pelaksana]"', '+jumlah_pelaksana: "3 orang"']);
    expect(git(repo, 'diff', '--name-only', 'main', branch)).toBe('sops/_layanan/penanganan-eks-narapidana.yaml');
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('shows the checker error for an SOP that does not exist at the field and refuses to save', async () => {
    await openService('penanganan-eks-narapidana');
    await setText(page, 'sop', 'tanjungpinang/penanganan-eks-narapidan');
    await page.waitForSelector('[data-widget-path="sop"] .sop-msg--error');
    expect(await errorsAt(page, 'sop')).toEqual([
      'Kesalahan: SOP "tanjungpinang/penanganan-eks-narapidan" tidak ditemukan. Maksud Anda "tanjungpinang/penanganan-eks-narapidana"? ' +
        'Perbaiki: Tulis id SOP, yaitu jalurnya di bawah sops/ tanpa .mdx. SOP yang ada: provinsi/pemulangan-orang-terlantar, tanjungpinang/penanganan-eks-narapidana, tanjungpinang/penanganan-korban-perdagangan-orang, tanjungpinang/penanganan-korban-tindak-kekerasan.',
    ]);
    await page.$eval('[data-widget-path="sop"]', (e) => e.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'editor-layanan-kesalahan');
    await expectSaveBlocked(page, repo, branch);
  });
});
