import { describe, expect, it } from 'vitest';
import { LetterTemplateError, parseLetterTemplate, splitTemplateSource } from '../../../src/core/letters/template-header';
import { STANDARD_FIELDS } from '../../../src/core/letters/standard-fields';

const FILE = 'letter-templates/contoh-surat.hbs';
const BODY = '{{> kop}}\n<p>{{f.nama_klien}}</p>\n';

function source(header: string, body = BODY): string {
  return `---\n${header.trim()}\n---\n${body}`;
}

const VALID = `
judul: Surat Contoh
jenis: surat-dinas
ringkasan: Surat untuk menguji kepala templat.
bawaan:
  hal: Contoh Hal
  lampiran: 1
fields:
  - name: nama_klien
    label: Nama klien
    type: text
    required: true
  - name: petugas
    label: Petugas
    type: group
    label_item: Petugas
    min: 1
    fields:
      - { name: nama, label: Nama, type: text, required: true }
      - { name: nip, label: NIP, type: nip }
`;

/** Problems reported for a header, or [] when it is accepted. */
function problems(header: string, body?: string): string[] {
  try {
    parseLetterTemplate(FILE, source(header, body));
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(LetterTemplateError);
    expect((err as Error).message).toContain(FILE);
    return (err as LetterTemplateError).problems;
  }
}

describe('letter template header', () => {
  it('accepts a valid header and expands the standard fields of the kind', () => {
    const { meta, body } = parseLetterTemplate(FILE, source(VALID));
    expect(body).toBe(BODY);
    expect(meta.id).toBe('contoh-surat');
    const names = meta.fields.map((f) => f.name);
    const { head, tail } = STANDARD_FIELDS['surat-dinas'];
    expect(names).toEqual([...head.map((f) => f.name), 'nama_klien', 'petugas', ...tail.map((f) => f.name)]);
    expect(meta.fields.find((f) => f.name === 'hal')).toMatchObject({ default: 'Contoh Hal' });
    expect(meta.fields.find((f) => f.name === 'lampiran')).toMatchObject({ default: '1' });
    expect(meta.fields.find((f) => f.name === 'nama_klien')).toMatchObject({ bagian: 'Isi surat', required: true });
    expect(meta.fields.find((f) => f.name === 'petugas')).toMatchObject({ type: 'group', min: 1, max: 20 });
  });

  it('needs a YAML header', () => {
    expect(splitTemplateSource('<p>no header</p>')).toBeNull();
    expect(() => parseLetterTemplate(FILE, '<p>{{f.x}}</p>')).toThrow(/kepala YAML/);
  });

  it('reports YAML syntax errors with a line', () => {
    expect(problems('judul: [tidak ditutup\njenis: surat-dinas')).toEqual([expect.stringMatching(/tidak dapat dibaca \(baris \d+\)/)]);
  });

  it.each([
    ['unknown type', VALID.replace('type: text\n    required: true', 'type: teks\n    required: true'), /fields\[0\] \("nama_klien"\)\.type: jenis "teks" tidak dikenal; pilihan: text, textarea/],
    ['missing label', VALID.replace('    label: Nama klien\n', ''), /fields\[0\] \("nama_klien"\)\.label: wajib ada/],
    ['misspelled key', VALID.replace('required: true\n  - name: petugas', 'requird: true\n  - name: petugas'), /fields\[0\] \("nama_klien"\): kunci tidak dikenal: requird/],
    ['bad name', VALID.replace('name: nama_klien', 'name: Nama Klien'), /fields\[0\] \("Nama Klien"\)\.name: hanya huruf kecil/],
    ['unknown kind', VALID.replace('jenis: surat-dinas', 'jenis: nota'), /jenis: jenis "nota" tidak dikenal; pilihan: surat-dinas, surat-tugas, berita-acara/],
    ['missing title', VALID.replace('judul: Surat Contoh\n', ''), /judul: wajib ada/],
    ['bad paper', VALID.replace('jenis: surat-dinas', 'jenis: surat-dinas\nkertas: Legal'), /kertas: Ukuran kertas harus "A4" atau "F4"/],
    ['required not boolean', VALID.replace('required: true\n  - name: petugas', 'required: ya\n  - name: petugas'), /required: harus true atau false/],
    ['select without options', VALID.replace('type: text\n    required: true', 'type: select\n    required: true'), /\("nama_klien"\)\.options: pilihan \(select\) harus punya "options"/],
    ['group without item label', VALID.replace('    label_item: Petugas\n', ''), /\("petugas"\)\.label_item: kelompok berulang harus punya "label_item"/],
    ['group in group', VALID.replace('{ name: nip, label: NIP, type: nip }', '{ name: anak, label: Anak, type: group }'), /fields\[1\] \("petugas"\)\.fields\[1\] \("anak"\)\.type: kelompok berulang tidak boleh berada di dalam kelompok lain/],
    ['options on text', VALID.replace('type: text\n    required: true', 'type: text\n    options: [a]\n    required: true'), /"options" hanya untuk type: select/],
    ['bad date default', VALID.replace('type: text\n    required: true', 'type: date\n    default: besok\n    required: true'), /tanggal bawaan harus "hari-ini" atau TTTT-BB-HH/],
    ['min above max', VALID.replace('min: 1', 'min: 5\n    max: 2'), /min \(5\) lebih besar dari max \(2\)/],
    ['duplicate field', VALID.replace('name: petugas', 'name: nama_klien'), /fields\[1\] \("nama_klien"\): nama dipakai dua kali/],
    ['clash with a standard field', VALID.replace('name: nama_klien', 'name: hal').replace('{{f.nama_klien}}', ''), /nama ini sudah dipakai isian baku surat-dinas/],
    ['unknown bawaan', VALID.replace('lampiran: 1', 'lampiran: 1\n  perihal: x'), /bawaan\.perihal: bukan isian baku surat-dinas/],
    ['sub-field named like a helper', VALID.replace('{ name: nip, label: NIP, type: nip }', '{ name: tanggal, label: Tanggal, type: date }'), /\("tanggal"\): nama sama dengan helper \{\{tanggal\}\}/],
    ['group default with unknown key', VALID.replace('min: 1', 'min: 1\n    default: [{ jabatan: x }]'), /default\[0\]\.jabatan: "jabatan" bukan isian kelompok ini/],
  ])('rejects %s', (_name, header, message) => {
    const found = problems(header);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });

  it('rejects unescaped output and unknown field references in the body', () => {
    expect(problems(VALID, '<p>{{{f.nama_klien}}}</p>').join('\n')).toMatch(/baris 1: "\{\{\{" atau "\{\{&" mencetak nilai tanpa escape/);
    expect(problems(VALID, '<p>\n{{& f.nama_klien}}</p>').join('\n')).toMatch(/baris 2/);
    expect(problems(VALID, '<p>{{f.nama_kliem}}</p>').join('\n')).toMatch(/"f\.nama_kliem" bukan isian templat ini/);
  });

  it('rejects a file name that is not a clean id', () => {
    expect(() => parseLetterTemplate('letter-templates/Surat Tugas.hbs', source(VALID))).toThrow(/nama berkas "Surat Tugas"/);
  });

  it('reports several problems at once', () => {
    const header = VALID.replace('type: text\n    required: true', 'type: teks\n    required: true').replace('judul: Surat Contoh\n', '');
    expect(problems(header).length).toBeGreaterThanOrEqual(2);
  });
});
