/**
 * Services (sops/_layanan/<id>.yaml) in the editor: a collection of YAML files with the same
 * data format as agencies (only changed values rewritten), checked by the checker's own service
 * schema and rules against the editor's snapshot.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkServiceEntry } from '../../../src/core/editor/check-data';
import { parseDataFile, serializeDataFile } from '../../../src/core/editor/data-file';
import { dataCollections } from '../../../src/core/editor/decap-config';
import { buildEditorCatalog } from '../../../src/core/editor/editor-catalog';
import { ORIGINAL_KEY } from '../../../src/core/editor/entry-file';
import { loadSources } from '../../../src/node/load-sources';

const FILE = 'sops/_layanan/penanganan-eks-narapidana.yaml';
const { catalog } = loadSources(process.cwd());
const snapshot = buildEditorCatalog(catalog);
const text = readFileSync(FILE, 'utf8');

const values = () => {
  const { [ORIGINAL_KEY]: _o, ...rest } = parseDataFile(text);
  return structuredClone(rest) as Record<string, unknown> & { sop: string[]; persyaratan: string[] };
};
const summary = (data: Record<string, unknown>) =>
  checkServiceEntry('penanganan-eks-narapidana', FILE, data, snapshot).map((i) => `${i.severity} ${i.path}: ${i.message}`);

describe('service collection', () => {
  it('lists sops/_layanan/*.yaml in the data format, named by nama, not deletable', () => {
    const services = dataCollections().find((c) => c.name === 'layanan') as Record<string, unknown> & { fields: { name: string; widget: string }[] };
    expect([services.folder, services.extension, services.format, services.create, services.delete, services.sop_kind]).toEqual(['sops/_layanan', 'yaml', 'data-yaml', true, false, 'layanan']);
    expect(services.fields.map((f) => `${f.name}:${f.widget}`)).toEqual([
      'nama:sop-text', 'ringkasan:sop-text', 'sop:sop-lines', 'kata_kunci:sop-lines', 'persyaratan:sop-lines', 'prosedur:sop-lines',
      'jangka_waktu:object', 'biaya:object', 'produk:object', 'sarana:sop-lines', 'pengawasan_internal:sop-lines',
      'jumlah_pelaksana:sop-text', 'jaminan_pelayanan:sop-text', 'jaminan_keamanan:sop-text', 'evaluasi_kinerja:sop-text',
      'sumber_asli:hidden', 'hanya_baca:hidden',
    ]);
  });

  it('reads and writes a service byte for byte; an edit rewrites its line only', () => {
    const entry = parseDataFile(text);
    expect(serializeDataFile(entry)).toBe(text);
    const v = values();
    v.persyaratan = [...v.persyaratan];
    v.persyaratan[1] = 'Kartu identitas klien';
    const out = serializeDataFile({ ...v, [ORIGINAL_KEY]: text });
    const before = text.split('\n');
    const after = out.split('\n');
    expect(after.length).toBe(before.length);
    expect(after.filter((l, i) => before[i] !== l)).toEqual(['  - Kartu identitas klien']);
  });
});

describe('a service written by hand with a plain cost', () => {
  it('shows "biaya: Gratis" in the teks field and writes it back as teks, losing nothing', () => {
    const plain = text + 'biaya: Gratis\n';
    const entry = parseDataFile(plain);
    expect(entry.biaya).toEqual({ teks: 'Gratis' });
    expect(serializeDataFile(entry)).toContain('biaya:\n  teks: Gratis\n');
  });
});

describe('service checks in the editor are the checker rules', () => {
  it('a sample service as saved: its placeholders only', () => {
    expect(summary(values()).filter((s) => s.startsWith('error'))).toEqual([]);
  });

  it('an unknown or repeated SOP is reported at its line in the list, with a guess', () => {
    const v = values();
    v.sop = ['tanjungpinang/penanganan-eks-narapidan'];
    expect(summary(v).filter((s) => s.startsWith('error'))).toEqual([
      'error sop[0]: SOP "tanjungpinang/penanganan-eks-narapidan" tidak ditemukan. Maksud Anda "tanjungpinang/penanganan-eks-narapidana"?',
    ]);
    v.sop = ['tanjungpinang/penanganan-eks-narapidana', 'tanjungpinang/penanganan-eks-narapidana'];
    expect(summary(v).filter((s) => s.startsWith('error'))).toEqual(['error sop[1]: SOP "tanjungpinang/penanganan-eks-narapidana" sudah ditulis di sop[0].']);
  });

  it('SOPs of two agencies are refused; a missing persyaratan gets the field help', () => {
    const v = values();
    v.sop = ['tanjungpinang/penanganan-eks-narapidana', 'provinsi/pemulangan-orang-terlantar'];
    expect(summary(v).filter((s) => s.startsWith('error'))).toEqual([
      'error sop[1]: SOP "provinsi/pemulangan-orang-terlantar" milik instansi "dinsos-provinsi", sedangkan SOP pertama layanan ini milik "dinsos-tanjungpinang".',
    ]);
    const w = values();
    w.persyaratan = [];
    const issues = checkServiceEntry('penanganan-eks-narapidana', FILE, w, snapshot).filter((i) => i.severity === 'error');
    // An emptied list is a field not filled in: the message says so, the fix is the field's help.
    expect(issues.map((i) => `${i.path}: ${i.message} | ${i.fix}`)).toEqual([
      'persyaratan: Kolom wajib ini belum diisi. | Tulis daftar yang harus dibawa atau dipenuhi pemohon, satu per butir; "[ISI: persyaratan]" bila belum diketahui.',
    ]);
  });

  it('an untouched optional block (Biaya with nothing filled in) is not a value', () => {
    const v = { ...values(), biaya: { teks: '', alasan: '' }, jangka_waktu: {} };
    expect(summary(v).filter((s) => s.startsWith('error'))).toEqual([]);
  });
});
