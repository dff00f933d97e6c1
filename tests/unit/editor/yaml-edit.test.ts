import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { needsQuotes, stringifyYaml, updateYaml } from '../../../src/core/editor/yaml-edit';
import { parseEntryFile, serializeEntryFile } from '../../../src/core/editor/entry-file';

const SOURCE = `# Sumber: contoh
nomor: "462/10/5.6.04/2024"   # dikutip
judul: Penanganan Eks Narapidana
tanggal:
  pembuatan: 2024-02-20
  efektif: 2024-03-04
dasar_hukum: [uu-11-2009, permensos-8-2012]
pelaksana:
  - { id: staf, label: Staf }
  - { id: kabid, label: Kabid }
langkah:
  # Langkah pertama
  - kegiatan: Menerima laporan
    pelaksana: staf
    waktu: 15 menit
  - kegiatan: Menetapkan
    pelaksana: kabid
    keputusan:
      ya: { label: Layak, ke: 1 }
      tidak: { label: Tidak, ke: selesai }
`;

function changedLines(a: string, b: string): { removed: string[]; added: string[] } {
  const la = a.split('\n');
  const lb = b.split('\n');
  const removed = la.filter((l, i) => lb[i] !== l);
  const added = lb.filter((l, i) => la[i] !== l);
  return { removed, added };
}

describe('updateYaml', () => {
  it('returns the text unchanged when nothing changed', () => {
    expect(updateYaml(SOURCE, parse(SOURCE))).toBe(SOURCE);
  });

  it('rewrites only the changed scalar, keeping quotes and comments', () => {
    const data = parse(SOURCE);
    data.nomor = '462/11/5.6.04/2024';
    const out = updateYaml(SOURCE, data);
    expect(changedLines(SOURCE, out)).toEqual({
      removed: ['nomor: "462/10/5.6.04/2024"   # dikutip'],
      added: ['nomor: "462/11/5.6.04/2024"   # dikutip'],
    });
  });

  it('edits a value inside a flow map and inside a flow list in place', () => {
    const data = parse(SOURCE);
    data.pelaksana[1].label = 'Kepala Bidang';
    data.dasar_hukum[1] = 'permensos-16-2019';
    const out = updateYaml(SOURCE, data);
    expect(changedLines(SOURCE, out)).toEqual({
      removed: ['dasar_hukum: [uu-11-2009, permensos-8-2012]', '  - { id: kabid, label: Kabid }'],
      added: ['dasar_hukum: [uu-11-2009, permensos-16-2019]', '  - { id: kabid, label: Kepala Bidang }'],
    });
  });

  it('quotes a text that would otherwise read as a number or a map', () => {
    const data = parse(SOURCE);
    data.judul = 'Catatan: 15';
    data.langkah[0].waktu = '15';
    const out = updateYaml(SOURCE, data);
    expect(out).toContain('judul: "Catatan: 15"\n');
    expect(out).toContain('    waktu: "15"\n');
    expect(parse(out)).toEqual(data);
  });

  it('appends a step as new lines only, keeping the comment and the flow maps of the others', () => {
    const data = parse(SOURCE);
    data.langkah.push({ kegiatan: 'Menyerahkan berkas', pelaksana: 'staf' });
    const out = updateYaml(SOURCE, data);
    expect(out).toBe(`${SOURCE}  - kegiatan: Menyerahkan berkas\n    pelaksana: staf\n`);
  });

  it('removes a step by deleting its own lines', () => {
    const data = parse(SOURCE);
    data.langkah.splice(0, 1);
    const out = updateYaml(SOURCE, data);
    expect(out).toBe(SOURCE.replace('  - kegiatan: Menerima laporan\n    pelaksana: staf\n    waktu: 15 menit\n', ''));
    expect(out).toContain('  # Langkah pertama\n');
  });

  it('adds a nested key after the key before it and deletes a nested key', () => {
    const data = parse(SOURCE);
    data.tanggal = { pembuatan: '2024-02-20', revisi: '2024-02-27', efektif: '2024-03-04' };
    const out = updateYaml(SOURCE, data);
    expect(out).toContain('  pembuatan: 2024-02-20\n  revisi: 2024-02-27\n  efektif: 2024-03-04\n');
    delete data.tanggal.revisi;
    expect(updateYaml(out, data)).toBe(SOURCE);
  });

  it('adds a top-level key after its predecessor in the new order', () => {
    const data = parse(SOURCE);
    const ordered = { nomor: data.nomor, judul: data.judul, bidang: 'Rehabilitasi Sosial', ...data };
    const out = updateYaml(SOURCE, ordered);
    expect(out).toContain('judul: Penanganan Eks Narapidana\nbidang: Rehabilitasi Sosial\ntanggal:\n');
  });

  it('writes a new entry as clean YAML without empty values', () => {
    expect(stringifyYaml({ nomor: '1/2', judul: 'X', kosong: '', nol: null, daftar: ['a'] })).toBe('nomor: 1/2\njudul: X\ndaftar:\n  - a\n');
  });

  it('knows which texts need quotes', () => {
    expect(['15', 'true', 'a: b', 'x #y', '- a', '[ISI: x]', '', ' a'].map(needsQuotes)).toEqual([true, true, true, true, true, true, true, true]);
    expect(['15 menit', 'Staf ADM', '2024-02-20', 'Ya/Tidak'].map(needsQuotes)).toEqual([false, false, false, false]);
  });
});

describe('editing one field of each sample SOP changes one line', () => {
  const files = [
    'sops/provinsi/pemulangan-orang-terlantar.mdx',
    'sops/tanjungpinang/penanganan-eks-narapidana.mdx',
    'sops/tanjungpinang/penanganan-korban-perdagangan-orang.mdx',
    'sops/tanjungpinang/penanganan-korban-tindak-kekerasan.mdx',
  ];
  for (const file of files) {
    it(file, () => {
      const text = readFileSync(file, 'utf8');
      const entry = parseEntryFile(text) as Record<string, unknown> & { langkah: { waktu?: string }[]; tanggal: Record<string, string> };
      expect(serializeEntryFile(entry)).toBe(text);
      const edited = structuredClone(entry);
      edited.langkah[1]!.waktu = '45 menit';
      const out = serializeEntryFile(edited);
      const { removed, added } = changedLines(text, out);
      expect(removed.length).toBe(1);
      expect(added).toEqual([removed[0]!.replace(/waktu: .*$/, 'waktu: 45 menit')]);
    });
  }
});
