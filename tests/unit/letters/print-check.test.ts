/**
 * Checks before printing: dates in order, untouched prefilled markers that do not block, and the
 * question about `[ISI: ...]` left in the kop, the number or an untouched prefilled field.
 */
import { describe, expect, it } from 'vitest';
import { parseLetterTemplate, LetterTemplateError } from '../../../src/core/letters/template-header';
import { initialValues, type LetterValues } from '../../../src/core/letters/form-values';
import { validateLetterValues } from '../../../src/core/letters/validate-values';
import { printGaps } from '../../../src/core/letters/print-check';
import { agencySchema } from '../../../src/core/model/agency';

const { meta } = parseLetterTemplate(
  'letter-templates/uji-tugas.hbs',
  `---
judul: Surat Tugas Uji
jenis: surat-tugas
ringkasan: Surat untuk menguji pemeriksaan sebelum mencetak.
fields:
  - { name: tanggal_mulai, label: Tanggal mulai, type: date, required: true }
  - { name: tanggal_selesai, label: Tanggal selesai, type: date, tidak_sebelum: tanggal_mulai }
---
<p>{{f.tanggal_mulai}}</p>`,
);

const complete = agencySchema.parse({
  pemerintah: 'Pemerintah Kota Contoh',
  nama: 'Dinas Sosial Kota Contoh',
  singkatan: 'Dinsos',
  kota: 'Contoh',
  alamat: 'Jalan Uji Nomor 1',
  telepon: '(0771) 000000',
  email: 'uji@contoh.test',
  situs: 'contoh.test',
  logo: '/logo/contoh.svg',
  kepala: { jabatan: 'Kepala Dinas Sosial Kota Contoh', nama: 'Nama Kepala', pangkat: 'Pembina (IV/a)', nip: '19670720 199303 2 008' },
  pola_nomor_surat: '{klasifikasi}/{nomor}/5.6.04/{tahun}',
});
const partial = agencySchema.parse({
  ...complete,
  alamat: '[ISI: alamat kantor]',
  telepon: '[ISI: nomor telepon]',
  kepala: { ...complete.kepala, pangkat: '[ISI: pangkat/golongan]' },
  pola_nomor_surat: '{klasifikasi}/{nomor}/[ISI: kode unit]/{tahun}',
});

const filled = (agency = complete): LetterValues => ({
  ...initialValues(meta, agency, '2024-03-04'),
  klasifikasi: '400.9',
  tanggal_mulai: '2024-03-07',
  untuk: [],
});

describe('dates in order', () => {
  it('refuses an end date before the start date, at the end date field', () => {
    const errors = validateLetterValues(meta, { ...filled(), tanggal_selesai: '2024-03-06' });
    expect(errors.filter((e) => e.path === 'tanggal_selesai')).toEqual([
      {
        inputId: 'isian-tanggal_selesai',
        path: 'tanggal_selesai',
        message: 'Tanggal selesai harus sama dengan atau sesudah tanggal mulai (7 Maret 2024)',
      },
    ]);
  });

  it('accepts the same day, a later day, or no end date', () => {
    for (const end of ['2024-03-07', '2024-03-08', '']) {
      expect(validateLetterValues(meta, { ...filled(), tanggal_selesai: end }).filter((e) => e.path === 'tanggal_selesai'), end).toEqual([]);
    }
  });

  it('rejects tidak_sebelum on a field that is not a date, or naming one that is not, with file and field', () => {
    const header = (fields: string) => `---
judul: Surat Tugas Uji
jenis: surat-tugas
ringkasan: Surat untuk menguji pemeriksaan sebelum mencetak.
fields:
  - { name: tempat, label: Tempat, type: text }
${fields}
---
<p>x</p>`;
    const message = (fields: string) => {
      try {
        parseLetterTemplate('letter-templates/uji.hbs', header(fields));
        return 'tidak ada galat';
      } catch (e) {
        expect(e).toBeInstanceOf(LetterTemplateError);
        return (e as Error).message;
      }
    };
    expect(message('  - { name: catatan, label: Catatan, type: text, tidak_sebelum: tanggal_surat }')).toBe(
      'Templat surat letter-templates/uji.hbs tidak benar:\n' +
        'KESALAHAN letter-templates/uji.hbs:7 — fields[1].tidak_sebelum\n' +
        '  "tidak_sebelum" hanya untuk type: date.\n' +
        '  Perbaiki: Tulis isian dengan name, label dan type seperti di letter-templates/README.md.',
    );
    expect(message('  - { name: selesai, label: Selesai, type: date, tidak_sebelum: tempat }')).toBe(
      'Templat surat letter-templates/uji.hbs tidak benar:\n' +
        'KESALAHAN letter-templates/uji.hbs:7 — fields[1].tidak_sebelum\n' +
        '  "tempat" bukan isian tanggal lain templat ini.\n' +
        '  Perbaiki: Sesuaikan templat dengan letter-templates/README.md.',
    );
  });
});

describe('prefilled values the user never touched', () => {
  it('a marker from the agency profile, untouched, is not an error; typed again, it is', () => {
    const values = filled(partial);
    expect(values.penandatangan_pangkat).toBe('[ISI: pangkat/golongan]');
    const prefilled = { penandatangan_pangkat: '[ISI: pangkat/golongan]', rujukan_sop: 'SOP [ISI: judul SOP] Nomor 1' };
    expect(validateLetterValues(meta, { ...values, rujukan_sop: 'SOP [ISI: judul SOP] Nomor 1' }, { prefilled })).toEqual([]);
    expect(validateLetterValues(meta, { ...values, rujukan_sop: 'SOP [ISI: judul SOP] Nomor 12' }, { prefilled }).map((e) => e.message)).toEqual([
      'Ganti "[ISI: judul SOP]" dengan rujukan SOP yang sebenarnya, atau kosongkan',
    ]);
    expect(validateLetterValues(meta, values).map((e) => e.message)).toEqual([
      'Ganti "[ISI: pangkat/golongan]" dengan pangkat/golongan yang sebenarnya, atau kosongkan',
    ]);
  });
});

describe('the question before printing', () => {
  it('asks nothing when kop, number and fields are complete', () => {
    expect(printGaps(meta, complete, 'dinsos-contoh', filled())).toEqual([]);
  });

  it('names each marker left in the kop, the number and untouched prefilled fields, and where to fill it', () => {
    const values = { ...filled(partial), rujukan_sop: 'SOP [ISI: judul SOP] Nomor 1' };
    const prefilled = { penandatangan_pangkat: '[ISI: pangkat/golongan]', rujukan_sop: 'SOP [ISI: judul SOP] Nomor 1' };
    expect(printGaps(meta, partial, 'dinsos-contoh', values, prefilled)).toEqual([
      {
        bagian: 'Kop surat',
        penanda: ['[ISI: alamat kantor]', '[ISI: nomor telepon]'],
        perbaiki: 'Lengkapi alamat, telepon di profil instansi sops/_data/instansi/dinsos-contoh.yaml, lalu terbitkan ulang situs.',
      },
      {
        bagian: 'Nomor surat',
        penanda: ['[ISI: kode unit]'],
        perbaiki:
          'Lengkapi pola_nomor_surat di profil instansi sops/_data/instansi/dinsos-contoh.yaml, lalu terbitkan ulang situs; atau tulis nomornya dengan tangan setelah dicetak.',
      },
      {
        bagian: 'Rujukan SOP',
        penanda: ['[ISI: judul SOP]'],
        perbaiki: 'Ganti penanda itu di isian "Rujukan SOP", atau kosongkan isiannya.',
        inputId: 'isian-rujukan_sop',
      },
      {
        bagian: 'Pangkat/golongan',
        penanda: ['[ISI: pangkat/golongan]'],
        perbaiki: 'Ganti penanda itu di isian "Pangkat/golongan", atau kosongkan isiannya.',
        inputId: 'isian-penandatangan_pangkat',
      },
    ]);
  });

  it('a field the user typed a marker into is an error, not a question', () => {
    const values = { ...filled(complete), rujukan_sop: '[ISI: nanti]' };
    expect(printGaps(meta, complete, 'dinsos-contoh', values, {})).toEqual([]);
  });
});
