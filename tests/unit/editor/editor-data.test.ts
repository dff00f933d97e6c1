import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAgencyEntry, checkRegulationsEntry, publicFileCheck } from '../../../src/core/editor/check-data';
import { parseDataFile, parseRegulationsFile, serializeDataFile, serializeRegulationsFile, type RegulationRow } from '../../../src/core/editor/data-file';
import { buildEditorCatalog } from '../../../src/core/editor/editor-catalog';
import { ORIGINAL_KEY, parseEntryFile } from '../../../src/core/editor/entry-file';
import { acceptRevision, changedFields, revisionOffer } from '../../../src/core/editor/revision';
import { loadSources } from '../../../src/node/load-sources';

const AGENCY_FILE = 'sops/_data/instansi/dinsos-tanjungpinang.yaml';
const REG_FILE = 'sops/_data/dasar-hukum.yaml';
const { catalog } = loadSources(process.cwd());
const snapshot = buildEditorCatalog(catalog, new Map(), ['/favicon.svg']);

/** Lines of `b` that differ from `a` at the same position, and the other way round (same line count). */
function changedLines(a: string, b: string): { removed: string[]; added: string[] } {
  const la = a.split('\n');
  const lb = b.split('\n');
  return { removed: la.filter((l, i) => lb[i] !== l), added: lb.filter((l, i) => la[i] !== l) };
}

const agencyValues = (e: Record<string, unknown>) => {
  const { [ORIGINAL_KEY]: _o, ...rest } = e;
  return structuredClone(rest) as Record<string, unknown> & { kepala: Record<string, unknown> };
};

describe('agency file format', () => {
  const text = readFileSync(AGENCY_FILE, 'utf8');

  it('reads and writes an agency byte for byte, never writing the editor keys', () => {
    const entry = parseDataFile(text);
    expect(entry[ORIGINAL_KEY]).toBe(text);
    expect(serializeDataFile(entry)).toBe(text);
  });

  it('changing one field changes one line, comments and quotes kept', () => {
    const entry = parseDataFile(text);
    (entry.kepala as Record<string, unknown>).pangkat = 'Pembina Utama Muda (IV/c)';
    const out = serializeDataFile(entry);
    expect(changedLines(text, out)).toEqual({
      removed: ['  pangkat: "[ISI: pangkat/golongan]"'],
      added: ['  pangkat: "Pembina Utama Muda (IV/c)"'],
    });
    expect(out).not.toContain(ORIGINAL_KEY);
  });

  it('writes a new agency without an original cleanly', () => {
    expect(serializeDataFile({ nama: 'Dinas Sosial Kota Contoh', kota: 'Contoh', kop: [], telepon: '' })).toBe('nama: Dinas Sosial Kota Contoh\nkota: Contoh\n');
  });
});

describe('regulations file as a list', () => {
  const text = readFileSync(REG_FILE, 'utf8');
  const rows = () => structuredClone(parseRegulationsFile(text).peraturan) as RegulationRow[];

  it('reads the map as rows carrying their id and writes it back byte for byte', () => {
    const entry = parseRegulationsFile(text);
    expect((entry.peraturan as RegulationRow[]).slice(0, 2)).toEqual([
      { id: 'uu-21-2007', jenis: 'Undang-Undang', nomor: '21', tahun: 2007, tentang: 'Pemberantasan Tindak Pidana Perdagangan Orang', singkatan: 'UU 21/2007' },
      { id: 'uu-11-2009', jenis: 'Undang-Undang', nomor: '11', tahun: 2009, tentang: 'Kesejahteraan Sosial', singkatan: 'UU 11/2009' },
    ]);
    expect(serializeRegulationsFile(entry)).toBe(text);
  });

  it('changing one field of one regulation changes one line', () => {
    const r = rows();
    r[1]!.tentang = 'Kesejahteraan Sosial (diubah)';
    const out = serializeRegulationsFile({ peraturan: r, [ORIGINAL_KEY]: text });
    expect(changedLines(text, out)).toEqual({ removed: ['  tentang: Kesejahteraan Sosial'], added: ['  tentang: Kesejahteraan Sosial (diubah)'] });
  });

  it('a new regulation is added at the end and an empty field is not written', () => {
    const r = rows();
    r.push({ id: 'uu-13-2011', jenis: 'Undang-Undang', nomor: '13', tahun: 2011, tentang: 'Penanganan Fakir Miskin', singkatan: '' });
    const out = serializeRegulationsFile({ peraturan: r, [ORIGINAL_KEY]: text });
    expect(out.slice(0, text.length)).toBe(text);
    expect(out.slice(text.length)).toBe('uu-13-2011:\n  jenis: Undang-Undang\n  nomor: "13"\n  tahun: 2011\n  tentang: Penanganan Fakir Miskin\n');
  });
});

describe('agency checks in the editor are the checker rules', () => {
  const values = () => agencyValues(parseDataFile(readFileSync(AGENCY_FILE, 'utf8')));
  const exists = publicFileCheck(snapshot);

  it('a sample agency has warnings for its placeholders and no error', () => {
    const issues = checkAgencyEntry('dinsos-tanjungpinang', AGENCY_FILE, values(), exists);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.map((i) => i.path)).toEqual(['alamat', 'telepon', 'email', 'situs', 'logo', 'kepala.pangkat', 'jam_pelayanan', 'pengaduan[0]']);
  });

  it('a letter number pattern without {nomor} is an error at its field', () => {
    const v = values();
    v.pola_nomor_surat = '{klasifikasi}/5.6.04/{tahun}';
    const errors = checkAgencyEntry('dinsos-tanjungpinang', AGENCY_FILE, v, exists).filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.path, i.message, i.fix])).toEqual([
      ['pola_nomor_surat', 'Pola nomor surat harus memuat {nomor}.', 'Tulis pola dengan {klasifikasi}, {nomor} dan {tahun}, misalnya "{klasifikasi}/{nomor}/5.6.04/{tahun}".'],
    ]);
  });

  it('a logo must be a file under public/, saved or uploaded with the entry', () => {
    const v = values();
    v.logo = '/logo/tanjungpinang.png';
    const errors = (up: string[]) => checkAgencyEntry('dinsos-tanjungpinang', AGENCY_FILE, v, publicFileCheck(snapshot, up)).filter((i) => i.severity === 'error');
    expect(errors([]).map((i) => [i.path, i.message])).toEqual([['logo', 'Logo "/logo/tanjungpinang.png" tidak ditemukan di folder public/.']]);
    expect(errors(['public/logo/tanjungpinang.png'])).toEqual([]);
  });

  it('a wrong paper size is the schema message', () => {
    const v = values();
    v.kertas = 'Letter';
    const errors = checkAgencyEntry('dinsos-tanjungpinang', AGENCY_FILE, v, exists).filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.path, i.message])).toEqual([['kertas', 'Ukuran kertas harus "A4" atau "F4".']]);
  });
});

describe('regulation checks in the editor', () => {
  const rows = () => structuredClone(parseRegulationsFile(readFileSync(REG_FILE, 'utf8')).peraturan) as RegulationRow[];

  it('the sample list has no issue', () => {
    expect(checkRegulationsEntry(REG_FILE, rows(), snapshot)).toEqual([]);
  });

  it('reports a bad id, a year as text and a duplicate id at their fields', () => {
    const r = rows();
    r[0]!.id = 'UU 21/2007';
    r[1]!.tahun = '2009a';
    r[3]!.id = 'uu-23-2014';
    const issues = checkRegulationsEntry(REG_FILE, r, snapshot).filter((i) => i.path !== 'peraturan');
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['peraturan[0].id', 'Id peraturan "UU 21/2007" tidak sah: id ditulis dengan huruf kecil, angka dan tanda hubung saja (misalnya "uu-11-2009"), karena SOP menyebut peraturan dengan id itu di dasar_hukum dan alamat halaman peraturan dibuat darinya.'],
      ['peraturan[1].tahun', 'Tahun ditulis sebagai angka empat digit, misalnya tahun: 2009.'],
      ['peraturan[3].id', 'Id "uu-23-2014" sudah dipakai oleh peraturan ke-3.'],
    ]);
  });

  it('removing a regulation that SOPs cite is an error naming them', () => {
    const r = rows().filter((x) => x.id !== 'perwako-tanjungpinang-24-2014');
    expect(checkRegulationsEntry(REG_FILE, r, snapshot).map((i) => [i.path, i.message])).toEqual([
      [
        'peraturan',
        'Peraturan "perwako-tanjungpinang-24-2014" masih dikutip oleh sops/tanjungpinang/penanganan-korban-perdagangan-orang.mdx, sops/tanjungpinang/penanganan-korban-tindak-kekerasan.mdx; tanpa peraturan itu SOP tersebut tidak lolos pemeriksaan.',
      ],
    ]);
  });
});

describe('revision offer', () => {
  const FILE = 'sops/tanjungpinang/penanganan-eks-narapidana.mdx';
  const original = () => parseEntryFile(readFileSync(FILE, 'utf8'));
  const TODAY = '2026-12-02';

  it('is made for a changed berlaku SOP, naming the changed fields', () => {
    const o = original();
    const c = structuredClone(o);
    c.judul = 'Penanganan Eks Narapidana';
    (c.langkah as { waktu: string }[])[0]!.waktu = '30 menit';
    c.body = `${String(c.body)}\nTambahan.\n`;
    expect(revisionOffer(o, c, TODAY)).toEqual({
      changed: ['Nama SOP', 'Langkah', 'Narasi'],
      entry: { tanggal: TODAY, perubahan: 'Mengubah nama SOP, langkah dan narasi.' },
    });
  });

  it('is not made for an unchanged, a draft, or an already recorded revision', () => {
    const o = original();
    expect(revisionOffer(o, structuredClone(o), TODAY)).toBeNull();
    const draft = { ...structuredClone(o), status: 'draf' };
    expect(revisionOffer(draft, { ...draft, judul: 'X' }, TODAY)).toBeNull();
    const c = { ...structuredClone(o), judul: 'X' };
    const accepted = { ...c, ...acceptRevision(c, revisionOffer(o, c, TODAY)!) };
    expect(revisionOffer(o, accepted, TODAY)).toBeNull();
  });

  it('accepting adds the entry last and sets tanggal.revisi; the revision fields alone are no change', () => {
    const o = original();
    const c = { ...structuredClone(o), sasaran: 'Eks narapidana' };
    const next = acceptRevision(c, revisionOffer(o, c, TODAY)!);
    expect(next.riwayat_revisi.slice(-1)).toEqual([{ tanggal: TODAY, perubahan: 'Mengubah sasaran objek.' }]);
    expect(next.riwayat_revisi.length).toBe((o.riwayat_revisi as unknown[]).length + 1);
    expect(next.tanggal).toEqual({ ...(o.tanggal as object), revisi: TODAY });
    expect(changedFields(o, { ...o, ...next })).toEqual([]);
  });
});
