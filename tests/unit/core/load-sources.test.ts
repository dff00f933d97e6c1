/**
 * The loader reads real files: messages name the file, the field path and the line.
 */
import { describe, expect, it } from 'vitest';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { writeTempProject } from '../support/temp-project';
import { loadSources } from '../../../src/node/load-sources';
import { checkProject } from '../../../src/node/check-project';

const project = (files: Record<string, string | Buffer>) => writeTempProject(files, 'sop-load-');

const AGENCY = `pemerintah: Pemerintah Kota Contoh
nama: Dinas Sosial Kota Contoh
singkatan: Dinsos Contoh
kota: Contoh
alamat: "[ISI: alamat kantor]"
telepon: "[ISI: telepon]"
email: "[ISI: e-mail]"
situs: "[ISI: situs]"
logo: "[ISI: logo]"
kepala: { jabatan: Kepala Dinas, nama: Nama, nip: "19670720 199303 2 008" }
pola_nomor_surat: "{klasifikasi}/{nomor}/X/{tahun}"
`;
const REGS = `uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }\n`;
const SOP = (steps: string) => `---
nomor: "1/2024"
judul: Contoh
instansi: dinsos-contoh
bidang: Rehabilitasi Sosial
status: berlaku
tanggal: { pembuatan: 2024-02-20, efektif: 2024-03-04 }
sasaran: Klien
dasar_hukum: [uu-11-2009]
pelaksana:
  - { id: staf, label: Staf }
langkah:
${steps}
---

## C. Ketentuan Umum

Teks.
`;

describe('loadSources', () => {
  it('loads a valid project: id from the path, body after the frontmatter', () => {
    const root = project({
      'sops/_data/instansi/dinsos-contoh.yaml': AGENCY,
      'sops/_data/dasar-hukum.yaml': REGS,
      'sops/kota/contoh-sop.mdx': SOP('  - { kegiatan: Mulai, pelaksana: staf, waktu: 5 menit }\n  - { kegiatan: Selesai, pelaksana: staf }'),
    });
    const { catalog, issues } = loadSources(root);
    expect(issues).toEqual([]);
    expect(catalog.sops.map((s) => s.id)).toEqual(['kota/contoh-sop']);
    expect(catalog.sops[0]!.body).toContain('## C. Ketentuan Umum');
    expect(catalog.sops[0]!.data.tanggal.pembuatan).toBe('2024-02-20');
    expect([...catalog.agencies.keys()]).toEqual(['dinsos-contoh']);
  });

  it('names file, field path and line of a schema error', async () => {
    const root = project({
      'sops/_data/instansi/dinsos-contoh.yaml': AGENCY,
      'sops/_data/dasar-hukum.yaml': REGS,
      'sops/contoh.mdx': SOP('  - kegiatan: Mulai\n    pelaksana: staf\n  - kegiatan: Selesai\n    pelaksana: staf\n    waktu: sebentar'),
    });
    const report = await checkProject(root, '2026-01-01', { mermaid: false });
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatch(/^KESALAHAN sops\/contoh\.mdx:17 — langkah\[1\]\.waktu\n {2}Waktu "sebentar" tidak dapat dibaca/);
    expect(report.errors[0]).toMatch(/Perbaiki: Tulis waktu seperti/);
  });

  it('reports broken YAML with its line, and a missing frontmatter', async () => {
    const root = project({
      'sops/_data/instansi/dinsos-contoh.yaml': AGENCY,
      'sops/rusak.mdx': '---\nnomor: "1"\njudul: [tidak ditutup\n---\n',
      'sops/tanpa.mdx': '# Hanya narasi\n',
    });
    const report = await checkProject(root, '2026-01-01', { mermaid: false });
    const rusak = report.issues.find((i) => i.file === 'sops/rusak.mdx')!;
    expect(rusak.message).toMatch(/YAML tidak dapat dibaca/);
    expect(rusak.line).toBeGreaterThanOrEqual(3);
    expect(report.issues.find((i) => i.file === 'sops/tanpa.mdx')!.message).toMatch(/tidak diawali frontmatter/);
  });

  it('rejects file names that cannot become a page address', () => {
    const root = project({
      'sops/_data/instansi/dinsos-contoh.yaml': AGENCY,
      'sops/_data/dasar-hukum.yaml': REGS,
      'sops/SOP Baru.mdx': SOP('  - { kegiatan: Mulai, pelaksana: staf }\n  - { kegiatan: Selesai, pelaksana: staf }'),
    });
    const { issues } = loadSources(root);
    expect(issues[0]!.message).toMatch(/tidak dapat dijadikan alamat halaman/);
  });

  it('names a broken link under sops/ instead of stopping, and passes over a broken link to a folder', async () => {
    const root = project({
      'sops/_data/instansi/dinsos-contoh.yaml': AGENCY,
      'sops/_data/dasar-hukum.yaml': REGS,
      'sops/kota/contoh-sop.mdx': SOP('  - { kegiatan: Mulai, pelaksana: staf, waktu: 5 menit }\n  - { kegiatan: Selesai, pelaksana: staf }'),
    });
    symlinkSync(join(root, 'tidak-ada.mdx'), join(root, 'sops/kota/tautan.mdx'));
    symlinkSync(join(root, 'tidak-ada'), join(root, 'sops/folder-tautan'));
    const report = await checkProject(root, '2026-01-01', { mermaid: false });
    expect(report.catalog.sops.map((s) => s.id)).toEqual(['kota/contoh-sop']);
    expect(report.errors).toEqual([
      'KESALAHAN sops/kota/tautan.mdx:1\n' +
        '  Berkas ini tidak dapat dibaca (tautan ke berkas yang tidak ada, atau tanpa izin baca), sehingga isinya tidak dapat diperiksa maupun diterbitkan.\n' +
        '  Perbaiki: Salin berkas aslinya ke tempat ini (bukan tautannya), atau hapus berkas ini.',
    ]);
  });

  it('reports an agency error with the field path', () => {
    const root = project({ 'sops/_data/instansi/dinsos-contoh.yaml': AGENCY.replace('19670720 199303 2 008', '123') });
    const { issues } = loadSources(root);
    expect(issues[0]).toMatchObject({ file: 'sops/_data/instansi/dinsos-contoh.yaml', path: 'kepala.nip', line: 10 });
  });
});

describe('the sample sources', () => {
  it('pass every check without error', async () => {
    const report = await checkProject(process.cwd(), '2026-01-01', { mermaid: false });
    expect(report.errors).toEqual([]);
    expect(report.catalog.sops.length).toBeGreaterThanOrEqual(4);
  });
});
