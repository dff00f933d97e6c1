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

/** Problems reported for a header as "<file line> <field>: <message>", or [] when it is accepted. */
function problems(header: string, body?: string): string[] {
  try {
    parseLetterTemplate(FILE, source(header, body));
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(LetterTemplateError);
    expect((err as Error).message).toContain(FILE);
    return (err as LetterTemplateError).issues.map((i) => `${i.line} ${i.path}: ${i.message}`);
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

  it('reports YAML syntax errors with the file line', () => {
    expect(problems('judul: [tidak ditutup\njenis: surat-dinas')).toEqual([
      '2 : YAML tidak dapat dibaca: Kurung siku "[" yang dibuka di baris ini tidak ditutup dengan "]".',
    ]);
  });

  // The header starts on the file's second line: VALID's "fields:" is line 8, "- name: nama_klien" line 9.
  it.each([
    ['unknown type', VALID.replace('type: text\n    required: true', 'type: teks\n    required: true'), '11 fields[0].type: Nilai "teks" tidak dikenal; pilih salah satu: text, textarea, date, number, rupiah, nik, nip, nip_nik, select, group.'],
    ['missing label', VALID.replace('    label: Nama klien\n', ''), '9 fields[0].label: Kolom wajib ini belum diisi.'],
    ['misspelled key', VALID.replace('required: true\n  - name: petugas', 'requird: true\n  - name: petugas'), '12 fields[0]: Kolom tidak dikenal: "requird" (maksud Anda "required"?).'],
    ['bad name', VALID.replace('name: nama_klien', 'name: Nama Klien'), '9 fields[0].name: Nama isian hanya huruf kecil, angka dan garis bawah, diawali huruf (mis. "nama_klien").'],
    ['unknown kind', VALID.replace('jenis: surat-dinas', 'jenis: nota'), '3 jenis: Nilai "nota" tidak dikenal; pilih salah satu: surat-dinas, surat-tugas, berita-acara, formulir.'],
    ['missing title', VALID.replace('judul: Surat Contoh\n', ''), '2 judul: Kolom wajib ini belum diisi.'],
    ['short title', VALID.replace('judul: Surat Contoh', 'judul: Sk'), '2 judul: Judul terlalu pendek (minimal 3 huruf).'],
    ['bad paper', VALID.replace('jenis: surat-dinas', 'jenis: surat-dinas\nkertas: Legal'), '4 kertas: Ukuran kertas harus "A4" atau "F4".'],
    ['required not boolean', VALID.replace('required: true\n  - name: petugas', 'required: ya\n  - name: petugas'), '12 fields[0].required: Isinya harus true/false, bukan teks.'],
    ['select without options', VALID.replace('type: text\n    required: true', 'type: select\n    required: true'), '9 fields[0].options: Isian bertipe select (pilihan) belum punya options, daftar pilihan yang ditawarkan formulir; tanpa itu petugas tidak dapat memilih apa pun.'],
    ['group without item label', VALID.replace('    label_item: Petugas\n', ''), '13 fields[1].label_item: Kelompok berulang harus punya "label_item", mis. "Petugas".'],
    ['dari_sop on a group', VALID.replace('    label_item: Petugas\n', '    label_item: Petugas\n    dari_sop: rujukan\n'), '17 fields[1].dari_sop: "dari_sop" tidak berlaku untuk kelompok berulang.'],
    ['unknown SOP source', VALID.replace('type: text\n    required: true', 'type: text\n    dari_sop: pelaksana\n    required: true'), '12 fields[0].dari_sop: Nilai "pelaksana" tidak dikenal; pilih salah satu: rujukan, judul, nomor, bidang.'],
    ['group in group', VALID.replace('{ name: nip, label: NIP, type: nip }', '{ name: anak, label: Anak, type: group }'), '20 fields[1].fields[1].type: Kelompok berulang tidak boleh berada di dalam kelompok lain.'],
    ['options on text', VALID.replace('type: text\n    required: true', 'type: text\n    options: [a]\n    required: true'), '12 fields[0].options: "options" hanya untuk type: select.'],
    ['bad date default', VALID.replace('type: text\n    required: true', 'type: date\n    default: besok\n    required: true'), '12 fields[0].default: Tanggal bawaan harus "hari-ini" atau TTTT-BB-HH.'],
    ['min above max', VALID.replace('min: 1', 'min: 5\n    max: 2'), '17 fields[1].min: "min" (5) lebih besar dari "max" (2).'],
    ['duplicate field', VALID.replace('name: petugas', 'name: nama_klien'), '13 fields[1].name: Nama "nama_klien" dipakai dua kali.'],
    ['clash with a standard field', VALID.replace('name: nama_klien', 'name: hal'), '9 fields[0].name: Nama "hal" sudah dipakai isian baku surat-dinas; pakai nama lain atau "bawaan".'],
    ['unknown bawaan', VALID.replace('lampiran: 1', 'lampiran: 1\n  perihal: x'), '8 bawaan.perihal: "perihal" bukan isian baku surat-dinas; yang ada: klasifikasi, nomor_urut, tanggal_surat, sifat, lampiran, hal, rujukan_sop, tujuan, tujuan_tempat, penandatangan_jabatan, penandatangan_nama, penandatangan_pangkat, penandatangan_nip, tembusan.'],
    ['sub-field named like a helper', VALID.replace('{ name: nip, label: NIP, type: nip }', '{ name: tanggal, label: Tanggal, type: date }'), '20 fields[1].fields[1].name: Nama "tanggal" sama dengan helper {{tanggal}}; pakai nama lain.'],
    ['group default with unknown key', VALID.replace('min: 1', 'min: 1\n    default: [{ jabatan: x }]'), '18 fields[1].default[0].jabatan: "jabatan" bukan isian kelompok ini.'],
  ])('rejects %s at its file line', (_name, header, expected) => {
    expect(problems(header, '<p>Isi surat</p>\n')).toEqual([expected]);
  });

  it('gives a schema error the fix of its field and the same message codes as the SOP checker', () => {
    try {
      parseLetterTemplate(FILE, source(VALID.replace('    label: Nama klien\n', '')));
      expect.unreachable();
    } catch (err) {
      expect((err as LetterTemplateError).issues).toEqual([
        {
          code: 'kolom-wajib',
          severity: 'error',
          file: FILE,
          path: 'fields[0].label',
          line: 9,
          message: 'Kolom wajib ini belum diisi.',
          fix: 'Tulis judul isian yang dibaca petugas, misalnya label: Nama klien.',
        },
      ]);
    }
  });

  it('rejects unescaped output and unknown field references in the body, at their file lines', () => {
    // The body starts on line 22, after the closing "---" on line 21.
    expect(problems(VALID, '<p>{{{f.nama_klien}}}</p>')).toEqual(['22 : Isi surat: "{{{" atau "{{&" mencetak nilai tanpa escape; selalu pakai {{ ... }}.']);
    expect(problems(VALID, '<p>\n{{& f.nama_klien}}</p>')).toEqual(['23 : Isi surat: "{{{" atau "{{&" mencetak nilai tanpa escape; selalu pakai {{ ... }}.']);
    expect(problems(VALID, '<p>{{f.nama_kliem}}</p>')).toEqual([
      '22 : Isi surat: "f.nama_kliem" bukan isian templat ini, sehingga tidak ada di formulir dan tercetak kosong. Maksud Anda "f.nama_klien"? Bila memang isian baru, tambahkan di fields, misalnya - { name: nama_kliem, label: ..., type: text }. Isian yang ada: klasifikasi, nomor_urut, tanggal_surat, sifat, lampiran, hal, rujukan_sop, tujuan, tujuan_tempat, nama_klien, petugas, penandatangan_jabatan, penandatangan_nama, penandatangan_pangkat, penandatangan_nip, tembusan.',
    ]);
  });

  it('rejects a file name that is not a clean id', () => {
    expect(() => parseLetterTemplate('letter-templates/Surat Tugas.hbs', source(VALID))).toThrow(
      'Templat surat letter-templates/Surat Tugas.hbs tidak benar:\n' +
        'KESALAHAN letter-templates/Surat Tugas.hbs:1\n' +
        '  Nama berkas "Surat Tugas" harus huruf kecil, angka dan tanda minus (mis. "surat-tugas.hbs"); ganti namanya menjadi surat-tugas.hbs. Nama berkas menjadi alamat surat di situs (/surat/<nama>/).\n' +
        '  Perbaiki: Sesuaikan templat dengan letter-templates/README.md.',
    );
  });

  it('reports several problems at once', () => {
    const header = VALID.replace('type: text\n    required: true', 'type: teks\n    required: true').replace('judul: Surat Contoh\n', '');
    expect(problems(header).length).toBeGreaterThanOrEqual(2);
  });
});
