/**
 * The publisher's cache of SOP reads (src/node/sop-read-cache.ts): a second check of the same
 * files parses none of them and says the same, with the same lines, also for the messages the
 * cross-checks add to a file read from the cache; an edited file is parsed again; a cache written
 * under another key (other code or data) is not used.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkProject } from '../../../src/node/check-project';
import { openSopReadCache } from '../../../src/node/sop-read-cache';
import { writeTempProject } from '../support/temp-project';

const AGENCY = `nama: Dinas Sosial Kota Contoh
kota: Contoh
alamat: "[ISI: alamat kantor]"
kepala: { jabatan: Kepala Dinas Sosial, nama: Budi }
pola_nomor_surat: "{klasifikasi}/{nomor}/{tahun}"
pengaduan: ["Kotak saran di ruang pelayanan"]
`;
const REGS = `uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }
`;
const sop = (judul: string, extra = '') => `---
nomor: "460/1/2024"
judul: ${judul}
instansi: dinsos-contoh
status: draf
tanggal:
  efektif: 2024-08-01
  pembuatan: 2024-08-01
sasaran: Warga
dasar_hukum: [uu-11-2009]
pelaksana:
  - { id: staf, label: Staf }
  - { id: kasi, label: Kasi }
langkah:
  - kegiatan: Menerima berkas
    pelaksana: staf
    waktu: 10 menit
  - kegiatan: Memeriksa berkas
    pelaksana: kasi
    waktu: 15 menit
${extra}---

Teks.
`;
const FILES = {
  'node_modules/.keep': '',
  'sops/_data/instansi/dinsos-contoh.yaml': AGENCY,
  'sops/_data/dasar-hukum.yaml': REGS,
  'sops/contoh/satu.mdx': sop('Pelayanan Satu'),
  // Cites a regulation the list does not hold: a cross-check message, placed at its line.
  'sops/contoh/dua.mdx': sop('Pelayanan Dua').replace('dasar_hukum: [uu-11-2009]', 'dasar_hukum:\n  - uu-11-2009\n  - uu-99-2099'),
  // Its own error, from reading the file.
  'sops/contoh/tiga.mdx': sop('Pelayanan Tiga').replace('status: draf', 'status: terbitkan'),
};

const rows = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path]);

async function check(root: string, key: string) {
  const cache = openSopReadCache(root, key)!;
  const report = await checkProject(root, '2026-12-01', { mermaid: false, sopCache: cache });
  return { report, stats: { ...cache.stats } };
}

describe('the cache of SOP reads', () => {
  it('gives the same messages, at the same lines, without parsing the unchanged files again', async () => {
    const root = writeTempProject(FILES, 'sop-cache-');
    const uncached = await checkProject(root, '2026-12-01', { mermaid: false });
    const first = await check(root, 'kunci-1');
    const second = await check(root, 'kunci-1');
    expect(first.stats).toEqual({ hits: 0, misses: 3 });
    expect(second.stats).toEqual({ hits: 3, misses: 0 });
    // Two cross-check messages (an unknown regulation; the three SOPs share one nomor) and one from reading.
    expect(rows(uncached.issues).filter(([, file]) => String(file).startsWith('sops/contoh/'))).toEqual([
      ['dasar-hukum-tidak-ada', 'sops/contoh/dua.mdx', 12, 'dasar_hukum[1]'],
      ['nomor-ganda', 'sops/contoh/satu.mdx', 2, 'nomor'],
      ['format-isian', 'sops/contoh/tiga.mdx', 5, 'status'],
    ]);
    expect(second.report.issues).toEqual(uncached.issues);
    expect(second.report.errors).toEqual(uncached.errors);
    expect(second.report.catalog.sops.map((s) => s.id)).toEqual(['contoh/dua', 'contoh/satu']);
    expect(second.report.catalog.sops).toEqual(uncached.catalog.sops);
  });

  it('parses an edited file again, and only that one', async () => {
    const root = writeTempProject(FILES, 'sop-cache-');
    await check(root, 'kunci-1');
    writeFileSync(join(root, 'sops/contoh/satu.mdx'), sop('Pelayanan Satu Diubah'));
    const again = await check(root, 'kunci-1');
    expect(again.stats).toEqual({ hits: 2, misses: 1 });
    expect(again.report.catalog.sops.find((s) => s.id === 'contoh/satu')!.data.judul).toBe('Pelayanan Satu Diubah');
  });

  it('places a new message on an unchanged file at its line, reading the file again', async () => {
    // No shared nomor at first: no message asks for a line of satu.mdx.
    const files = { ...FILES, 'sops/contoh/dua.mdx': FILES['sops/contoh/dua.mdx'].replace('460/1/2024', '460/2/2024'), 'sops/contoh/tiga.mdx': FILES['sops/contoh/tiga.mdx'].replace('460/1/2024', '460/3/2024') };
    const root = writeTempProject(files, 'sop-cache-');
    expect(rows((await check(root, 'kunci-1')).report.issues).filter(([, file]) => file === 'sops/contoh/satu.mdx')).toEqual([]);
    // dua.mdx takes satu's nomor: the message lands on satu.mdx, read from the cache.
    writeFileSync(join(root, 'sops/contoh/dua.mdx'), files['sops/contoh/dua.mdx'].replace('460/2/2024', '460/1/2024'));
    const again = await check(root, 'kunci-1');
    expect(again.stats).toEqual({ hits: 2, misses: 1 });
    expect(rows(again.report.issues).filter(([, file]) => file === 'sops/contoh/satu.mdx')).toEqual([['nomor-ganda', 'sops/contoh/satu.mdx', 2, 'nomor']]);
  });

  it('is not used under another key (other code or data), nor where the project has no node_modules', async () => {
    const root = writeTempProject(FILES, 'sop-cache-');
    await check(root, 'kunci-1');
    expect((await check(root, 'kunci-2')).stats).toEqual({ hits: 0, misses: 3 });
    const bare = writeTempProject({ 'sops/_data/dasar-hukum.yaml': REGS }, 'sop-cache-');
    expect(openSopReadCache(bare, 'kunci-1')).toBeUndefined();
    mkdirSync(join(bare, 'node_modules'));
    expect(openSopReadCache(bare, 'kunci-1')).toBeDefined();
  });
});

describe('the cache of narrative checks', () => {
  const withBody = (body: string) => sop('Pelayanan Satu').replace('\nTeks.\n', `\n${body}\n`);
  const files = { ...FILES, 'sops/contoh/satu.mdx': withBody('Teks.\n\n# Rincian\n\n```mermaid\nflowchart TD\n  A --> B\n```') };

  it('keeps what the narrative check found in each file, and gives it again for the unchanged file', async () => {
    const root = writeTempProject(files, 'sop-cache-');
    const uncached = await checkProject(root, '2026-12-01', { mermaid: false });
    const narrative = rows(uncached.issues).filter(([, , , path]) => path === 'narasi');
    expect(narrative).toEqual([['judul-tingkat-satu', 'sops/contoh/satu.mdx', 25, 'narasi']]);
    await check(root, 'kunci-1');
    const second = await check(root, 'kunci-1');
    expect(second.report.issues).toEqual(uncached.issues);
    // What the second check took from the file (the mermaid fence is checked in the browser each time).
    const cache = openSopReadCache(root, 'kunci-1')!;
    cache.get('sops/contoh/satu.mdx', files['sops/contoh/satu.mdx']);
    expect(cache.narrative('sops/contoh/satu.mdx')).toEqual({
      issues: uncached.issues.filter((i) => i.path === 'narasi'),
      fences: [{ code: 'flowchart TD\n  A --> B', line: 27 }],
    });
  });

  it('checks an edited narrative again', async () => {
    const root = writeTempProject(files, 'sop-cache-');
    await check(root, 'kunci-1');
    writeFileSync(join(root, 'sops/contoh/satu.mdx'), withBody('Teks tanpa catatan.'));
    const again = await check(root, 'kunci-1');
    expect(rows(again.report.issues).filter(([, , , path]) => path === 'narasi')).toEqual([]);
  });
});
