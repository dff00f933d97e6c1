import { describe, expect, it } from 'vitest';
import { parseLetterTemplate } from '../../../src/core/letters/template-header';
import { applyAgencyChange, initialValues } from '../../../src/core/letters/form-values';
import { validateLetterValues, lowerFirst } from '../../../src/core/letters/validate-values';
import { agencySchema } from '../../../src/core/model/agency';

const { meta } = parseLetterTemplate(
  'letter-templates/uji.hbs',
  `---
judul: Surat Uji
jenis: surat-dinas
ringkasan: Surat untuk menguji pemeriksaan isian.
fields:
  - { name: nama_klien, label: Nama klien, type: text, required: true, maks: 20 }
  - { name: nik_klien, label: NIK klien, type: nik }
  - { name: biaya, label: Biaya, type: rupiah }
  - { name: jumlah_hari, label: Jumlah hari, type: number }
  - { name: kategori, label: Kategori, type: select, options: [A, B], required: true }
  - name: petugas
    label: Petugas
    type: group
    label_item: Petugas
    required: true
    fields:
      - { name: nama, label: Nama, type: text, required: true }
      - { name: nip, label: NIP, type: nip }
---
<p>{{f.nama_klien}}</p>`,
);

const agency = agencySchema.parse({
  pemerintah: 'Pemerintah Kota Tanjungpinang',
  nama: 'Dinas Sosial Kota Tanjungpinang',
  singkatan: 'Dinsos',
  kota: 'Tanjungpinang',
  alamat: '[ISI: alamat kantor]',
  telepon: '[ISI: nomor telepon]',
  email: '[ISI: alamat e-mail]',
  situs: '[ISI: alamat situs web]',
  logo: '[ISI: logo instansi]',
  kepala: {
    jabatan: 'Kepala Dinas Sosial Kota Tanjungpinang',
    nama: 'Diah Endang Susilawati',
    pangkat: '[ISI: pangkat/golongan]',
    nip: '19670720 199303 2 008',
  },
  pola_nomor_surat: '{klasifikasi}/{nomor}/5.6.04/{tahun}',
});
const other = agencySchema.parse({ ...agency, kepala: { ...agency.kepala, nama: '[ISI: nama kepala dinas]', jabatan: 'Kepala Dinas Sosial Provinsi' } });

describe('initial values', () => {
  it('takes defaults from the template and the signatory from the agency', () => {
    const v = initialValues(meta, agency, '2024-03-04');
    expect(v.tanggal_surat).toBe('2024-03-04');
    expect(v.sifat).toBe('Biasa');
    expect(v.penandatangan_nama).toBe('Diah Endang Susilawati');
    expect(v.penandatangan_nip).toBe('19670720 199303 2 008');
    expect(v.penandatangan_pangkat).toBe('[ISI: pangkat/golongan]');
    expect(v.tembusan).toEqual([{ isi: 'Arsip' }]);
    expect(v.petugas).toEqual([{ nama: '', nip: '' }]); // required group starts with one item
  });

  it('changing agency replaces only values nobody edited', () => {
    const v = initialValues(meta, agency, '2024-03-04');
    v.penandatangan_nama = 'Nama diketik petugas';
    const next = applyAgencyChange(meta, v, agency, other);
    expect(next.penandatangan_nama).toBe('Nama diketik petugas');
    expect(next.penandatangan_jabatan).toBe('Kepala Dinas Sosial Provinsi');
  });
});

describe('validation messages', () => {
  const fresh = () => initialValues(meta, agency, '2024-03-04');

  it('lists every empty required field in form order, GOV.UK style', () => {
    const errors = validateLetterValues(meta, fresh());
    expect(errors.map((e) => e.message)).toEqual([
      'Masukkan hal',
      'Masukkan penerima surat (Yth.)',
      'Masukkan tempat penerima (di)',
      'Masukkan nama klien',
      'Pilih kategori',
      'Masukkan nama (petugas 1)',
      'Ganti "[ISI: pangkat/golongan]" dengan pangkat/golongan yang sebenarnya, atau kosongkan',
    ]);
    expect(errors[0]).toMatchObject({ inputId: 'isian-hal', path: 'hal' });
    expect(errors[5]).toMatchObject({ inputId: 'isian-petugas-0-nama', path: 'petugas.0.nama' });
  });

  it('checks formats of filled values', () => {
    const v = {
      ...fresh(),
      hal: 'Uji',
      tujuan: 'Ketua',
      tujuan_tempat: 'Batam',
      nama_klien: 'Nama yang terlalu panjang sekali',
      nik_klien: '12345',
      biaya: '1,5 juta',
      jumlah_hari: 'dua',
      kategori: 'C',
      tanggal_surat: '2024-02-30',
      penandatangan_pangkat: '',
      petugas: [{ nama: 'A', nip: '1967' }],
      tembusan: [{ isi: '' }],
    };
    expect(validateLetterValues(meta, v).map((e) => `${e.path}: ${e.message}`)).toEqual([
      'tanggal_surat: Tanggal surat harus tanggal yang benar, mis. 4 Maret 2024',
      'nama_klien: Nama klien paling banyak 20 karakter (sekarang 32)',
      'nik_klien: NIK klien harus 16 angka (sekarang 5 angka)',
      'biaya: Biaya harus jumlah rupiah tanpa sen, mis. 1.500.000',
      'jumlah_hari: Jumlah hari harus bilangan bulat, mis. 2',
      'kategori: Pilih kategori dari daftar',
      'petugas.0.nip: NIP (petugas 1) harus 18 angka (sekarang 4 angka), mis. 19670720 199303 2 008',
      'tembusan.0.isi: Masukkan penerima tembusan (tembusan 1)',
    ]);
  });

  it('accepts a complete form', () => {
    const v = {
      ...fresh(),
      hal: 'Uji',
      tujuan: 'Ketua',
      tujuan_tempat: 'Batam',
      nama_klien: 'Siti',
      kategori: 'A',
      penandatangan_pangkat: 'Pembina (IV/a)',
      petugas: [{ nama: 'A', nip: '' }],
    };
    expect(validateLetterValues(meta, v)).toEqual([]);
  });

  it('counts the items of a required group', () => {
    const v = { ...fresh(), petugas: [] };
    expect(validateLetterValues(meta, v)).toContainEqual({
      inputId: 'isian-petugas-tambah',
      path: 'petugas',
      message: 'Tambahkan sedikitnya 1 petugas',
    });
  });

  it('keeps acronyms when lower-casing labels', () => {
    expect(lowerFirst('Nama klien')).toBe('nama klien');
    expect(lowerFirst('NIK klien')).toBe('NIK klien');
  });
});
