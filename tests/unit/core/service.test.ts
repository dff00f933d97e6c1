/**
 * Services (sops/_layanan/<id>.yaml): their reading and checks give file, line, field and fix;
 * their Standar Pelayanan is derived from the SOPs (time, cost, product, legal basis,
 * competence) and completed from the service and agency files.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog, ServiceSource, SopSource } from '../../../src/core/catalog/catalog';
import { formatIssue } from '../../../src/core/checks/issue';
import { checkService, checkServices, servicesSops } from '../../../src/core/checks/service-rules';
import { agencySchema } from '../../../src/core/model/agency';
import { serviceSchema } from '../../../src/core/model/service';
import { biayaFromNarrative } from '../../../src/core/service/biaya';
import { narrativeSection } from '../../../src/core/service/narrative-section';
import { standardComponents } from '../../../src/core/service/components';
import { derivedJangkaWaktu, derivedProduk, serviceStandard } from '../../../src/core/service/standard';
import { readServiceText } from '../../../src/core/source/read-sources';
import { classifyServicePath, classifySopPath } from '../../../src/core/source/source-paths';
import { loadSources } from '../../../src/node/load-sources';
import { ROOT } from '../../../testkit/paths';
import { AGENCY, catalogOf, sopSource, validSopInput } from '../support/fixtures';

const SERVICE_YAML = `nama: Layanan Contoh
ringkasan: Bantuan bagi klien contoh.
sop: [contoh/sop-a]
persyaratan: [Identitas klien]
prosedur: [Datang ke kantor.]
`;

function service(extra = '', id = 'layanan-contoh'): ServiceSource {
  const read = readServiceText(id, `sops/_layanan/${id}.yaml`, SERVICE_YAML + extra);
  if (!read.value) throw new Error(read.issues.map(formatIssue).join('\n'));
  return read.value;
}

const BODY = `
## C. Ketentuan Umum

Teks.

## D. Jangka Waktu Penyelesaian

Tergantung kasus

## E. Biaya

{/* Seed fix: none. */}

Tidak ada pembiayaan

## F. Proses Pelaksanaan

1. Menerima klien (15 menit)
`;

function sopWithBody(body: string, input = validSopInput(), id = 'contoh/sop-a'): SopSource {
  return { ...sopSource(input, id), body };
}

function withServices(catalog: Catalog, ...services: ServiceSource[]): Catalog {
  return { ...catalog, services };
}

describe('service files', () => {
  it('are not SOPs: sops/_layanan is outside the SOP glob, and names become ids', () => {
    expect(classifySopPath('_layanan/pemulangan-orang-terlantar.yaml')).toEqual({ kind: 'ignored' });
    expect(classifyServicePath('pemulangan-orang-terlantar.yaml')).toEqual({ kind: 'service', id: 'pemulangan-orang-terlantar' });
    expect(classifyServicePath('Pemulangan OT.yaml')).toEqual({ kind: 'bad-name', id: 'Pemulangan OT' });
    expect(classifyServicePath('README.md')).toEqual({ kind: 'ignored' });
  });

  it('report a misspelt field with its line and "maksud Anda"', () => {
    const read = readServiceText('x', 'sops/_layanan/x.yaml', SERVICE_YAML + 'persyaratn: [KTP]\n');
    expect(read.value).toBeNull();
    expect(read.issues.map(formatIssue)).toEqual([
      'KESALAHAN sops/_layanan/x.yaml:6 — persyaratn\n' +
        '  Kolom tidak dikenal: "persyaratn" (maksud Anda "persyaratan"?).\n' +
        '  Perbaiki: Periksa ejaannya atau hapus. Kolom yang dikenal di sini: nama, ringkasan, sop, kata_kunci, persyaratan, prosedur, jangka_waktu, biaya, produk, sarana, pengawasan_internal, jumlah_pelaksana, jaminan_pelayanan, jaminan_keamanan, evaluasi_kinerja.',
    ]);
  });

  it('report a missing persyaratan with the field help', () => {
    const read = readServiceText('x', 'sops/_layanan/x.yaml', 'nama: A\nringkasan: B\nsop: [contoh/sop-a]\nprosedur: [C]\n');
    expect(read.issues.map(formatIssue)).toEqual([
      'KESALAHAN sops/_layanan/x.yaml:1 — persyaratan\n' +
        '  Kolom wajib ini belum diisi.\n' +
        '  Perbaiki: Tulis daftar yang harus dibawa atau dipenuhi pemohon, satu per butir; "[ISI: persyaratan]" bila belum diketahui.',
    ]);
  });

  it('read a cost, a time and a product written plainly as the value itself', () => {
    const read = readServiceText('x', 'sops/_layanan/x.yaml', SERVICE_YAML + 'biaya: Gratis\njangka_waktu: 3 hari kerja\nproduk: Surat rekomendasi\n');
    expect(read.issues).toEqual([]);
    expect([read.value!.data.biaya, read.value!.data.jangka_waktu, read.value!.data.produk]).toEqual([
      { teks: 'Gratis' },
      { teks: '3 hari kerja' },
      { teks: ['Surat rekomendasi'] },
    ]);
  });

  it('read a malformed SOP id; the checks name the id it probably means', () => {
    const read = readServiceText('x', 'sops/_layanan/x.yaml', SERVICE_YAML.replace('[contoh/sop-a]', '\n  - Contoh/SOP A'));
    expect(read.issues).toEqual([]);
    expect(checkService(read.value!, catalogOf(sopWithBody(BODY))).map((i) => `${i.path} ${i.message}`)).toEqual([
      'sop[0] SOP "Contoh/SOP A" tidak ditemukan. Maksud Anda "contoh/sop-a"?',
    ]);
  });
});

describe('service checks', () => {
  it('accept a service whose SOP states its cost', () => {
    const catalog = catalogOf(sopWithBody(BODY));
    expect(checkService(service(), catalog)).toEqual([]);
  });

  it('name an unknown SOP with a guess', () => {
    const catalog = catalogOf(sopWithBody(BODY));
    const issues = checkService({ ...service(), data: { ...service().data, sop: ['contoh/sop-b'] } }, catalog);
    expect(issues.map((i) => [i.path, i.message, i.fix])).toEqual([
      ['sop[0]', 'SOP "contoh/sop-b" tidak ditemukan. Maksud Anda "contoh/sop-a"?', 'Tulis id SOP, yaitu jalurnya di bawah sops/ tanpa .mdx. SOP yang ada: contoh/sop-a.'],
    ]);
  });

  it('refuse the same SOP twice and SOPs of two agencies', () => {
    const other = sopWithBody(BODY, { ...validSopInput(), instansi: 'dinsos-lain', nomor: '1' }, 'lain/sop-c');
    const catalog = catalogOf(sopWithBody(BODY), other);
    const s = { ...service(), data: { ...service().data, sop: ['contoh/sop-a', 'contoh/sop-a', 'lain/sop-c'] } };
    expect(checkService(s, catalog).map((i) => `${i.code} ${i.path}: ${i.message}`)).toEqual([
      'layanan-sop-ganda sop[1]: SOP "contoh/sop-a" sudah ditulis di sop[0].',
      'layanan-sop-lintas-instansi sop[2]: SOP "lain/sop-c" milik instansi "dinsos-lain", sedangkan SOP pertama layanan ini milik "dinsos-contoh".',
    ]);
  });

  it('ask for an alasan when the time or cost is stated differently from the SOP', () => {
    const catalog = catalogOf(sopWithBody(BODY));
    const s = service('jangka_waktu: { teks: 14 hari }\nbiaya: { teks: Rp 10.000 }\n');
    expect(checkService(s, catalog).map((i) => `${i.path}: ${i.message}`)).toEqual([
      'jangka_waktu: Jangka waktu sudah diambil dari SOP (3 hari 45 menit – 7 hari 1 jam 15 menit); isian di berkas layanan hanya dipakai bila disertai alasan.',
      'biaya: Biaya sudah diambil dari SOP (Gratis); isian di berkas layanan hanya dipakai bila disertai alasan.',
    ]);
    const reasoned = service('jangka_waktu: { teks: 14 hari, alasan: Menunggu jadwal kapal. }\n');
    expect(checkService(reasoned, catalog)).toEqual([]);
  });

  it('require the cost when the narrative has no Biaya section, and warn of placeholders', () => {
    const catalog = catalogOf(sopWithBody(''));
    expect(checkService(service(), catalog).map((i) => `${i.severity} ${i.path}: ${i.message}`)).toEqual([
      'error : Biaya layanan tidak diketahui: narasi SOP (contoh/sop-a) tidak memuat bagian "Biaya" satu kalimat, dan berkas layanan tidak menulis biaya.',
    ]);
    const s = service('biaya: { teks: "[ISI: biaya layanan]" }\n');
    expect(checkService(s, catalog).map((i) => `${i.severity} ${i.path}: ${i.message}`)).toEqual([
      'warning biaya.teks: Penanda [ISI: biaya layanan] belum diisi.',
    ]);
  });

  it('warn when an agency with services names no complaint channel', () => {
    const catalog = withServices(catalogOf(sopWithBody(BODY)), service());
    expect(checkServices(catalog).map((i) => `${i.file} ${i.path}: ${i.message}`)).toEqual([
      'sops/_data/instansi/dinsos-contoh.yaml pengaduan: Instansi ini menyelenggarakan 1 layanan, tetapi belum menulis saluran pengaduan; halaman layanan tidak dapat memberi tahu masyarakat ke mana mengadu.',
    ]);
  });
});

describe('narrative sections', () => {
  it('read the text under a heading, without its letter and MDX comments', () => {
    expect(narrativeSection(BODY, /^biaya\b/i)).toBe('Tidak ada pembiayaan');
    expect(narrativeSection(BODY, /^jangka waktu/i)).toBe('Tergantung kasus');
    expect(narrativeSection(BODY, /^pengaduan/i)).toBeNull();
  });

  it('read a one-line cost; "no charge" wordings become Gratis; lists are not read', () => {
    expect(biayaFromNarrative(BODY)).toEqual({ teks: 'Gratis', gratis: true, tertulis: 'Tidak ada pembiayaan' });
    expect(biayaFromNarrative('## Biaya\n\nTidak dipungut biaya.\n')).toEqual({ teks: 'Gratis', gratis: true, tertulis: 'Tidak dipungut biaya.' });
    expect(biayaFromNarrative('## 5. Biaya\n\nRp 50.000 per berkas\n')).toEqual({ teks: 'Rp 50.000 per berkas', gratis: false, tertulis: 'Rp 50.000 per berkas' });
    expect(biayaFromNarrative('## E. Biaya\n\n- Fotokopi: Rp 500\n- Materai: Rp 10.000\n')).toBeNull();
    expect(biayaFromNarrative('## E. Biaya\n')).toBeNull();
  });
});

describe('the derived standard', () => {
  it('takes the time from the SOP total, or from the signed total when the SOP prints one', () => {
    const sop = sopWithBody(BODY);
    // 15 menit + 30–60 menit + 3–7 hari, main path.
    expect(derivedJangkaWaktu([sop])).toEqual({
      teks: '3 hari 45 menit – 7 hari 1 jam 15 menit',
      min_menit: 4365,
      max_menit: 10155,
      asal: 'sop',
      narasi: 'Tergantung kasus',
    });
    const signed = sopWithBody('', { ...validSopInput(), waktu_total_dokumen: '76 Jam 15 Menit' });
    expect(derivedJangkaWaktu([signed])).toEqual({ teks: '76 jam 15 menit', min_menit: 4575, max_menit: 4575, asal: 'sop' });
  });

  it('adds the times of several SOPs and names the steps without a time', () => {
    const input = validSopInput();
    const untimed = { ...input, nomor: '2', langkah: [input.langkah[0]!, { kegiatan: 'Selesai', pelaksana: 'kabid' }] };
    const a = sopWithBody('', { ...input, langkah: [input.langkah[0]!, { kegiatan: 'Selesai', pelaksana: 'kabid', waktu: '1 jam' }] });
    const b = sopWithBody('', untimed, 'contoh/sop-b');
    expect(derivedJangkaWaktu([a, b])).toEqual({
      teks: '1 jam 30 menit',
      min_menit: 90,
      max_menit: 90,
      asal: 'sop',
      catatan: 'Belum termasuk waktu langkah 2 (Penanganan Contoh) yang tidak dicantumkan di SOP.',
    });
  });

  it('takes the product from the last step: one item per output line, and its letters', () => {
    const input = validSopInput();
    input.langkah = [
      input.langkah[0]!,
      {
        kegiatan: 'Memberikan rujukan',
        pelaksana: 'kabid',
        output: 'a) Pendampingan ke RSUD/Puskesmas\nb) Surat Rekomendasi Jamkesda',
        surat: ['rekomendasi-jamkesda'],
      },
    ];
    expect(derivedProduk([sopWithBody('', input)])).toEqual({
      items: ['Pendampingan ke RSUD/Puskesmas', 'Surat Rekomendasi Jamkesda'],
      surat: ['rekomendasi-jamkesda'],
      asal: 'sop',
    });
  });

  it('joins the SOPs, the service file and the agency file into the 14 components', () => {
    const a = sopWithBody(BODY, { ...validSopInput(), dasar_hukum: ['uu-11-2009', { id: 'uud-1945', pasal: 'Pasal 34' }], kualifikasi_pelaksana: ['Memahami pelayanan', 'Mengoperasikan komputer'] });
    const b = sopWithBody('', { ...validSopInput(), nomor: '2', dasar_hukum: ['uu-11-2009'], kualifikasi_pelaksana: ['mengoperasikan komputer', 'Pendidikan S1'] }, 'contoh/sop-b');
    const agency = agencySchema.parse({ ...AGENCY, jam_pelayanan: 'Senin–Jumat 08.00–16.00 WIB', pengaduan: ['Kotak saran'] });
    const data = serviceSchema.parse({
      nama: 'Layanan Contoh',
      ringkasan: 'Bantuan.',
      sop: ['contoh/sop-a', 'contoh/sop-b'],
      persyaratan: ['Identitas klien'],
      prosedur: ['Datang ke kantor.'],
      produk: { teks: ['Bantuan transportasi'], alasan: 'Langkah terakhir adalah administrasi.' },
    });
    const standard = serviceStandard('layanan-contoh', data, [a, b], agency);
    expect(standard.instansi).toBe('dinsos-contoh');
    expect(standard.sop).toEqual([{ id: 'contoh/sop-a', judul: 'Penanganan Contoh' }, { id: 'contoh/sop-b', judul: 'Penanganan Contoh' }]);
    expect(standard.jangka_waktu.teks).toBe('6 hari 1 jam 30 menit – 14 hari 2 jam 30 menit');
    expect(standard.biaya).toEqual({ teks: 'Gratis', gratis: true, asal: 'narasi' });
    expect(standard.produk).toEqual({ items: ['Bantuan transportasi'], surat: [], asal: 'layanan', alasan: 'Langkah terakhir adalah administrasi.' });
    expect(standard.dasar_hukum).toEqual(['uu-11-2009', { id: 'uud-1945', pasal: 'Pasal 34' }]);
    expect(standard.kompetensi_pelaksana).toEqual(['Memahami pelayanan', 'Mengoperasikan komputer', 'Pendidikan S1']);
    expect(standard.pengaduan).toEqual({
      saluran: ['Kotak saran'],
      alamat: '[ISI: alamat kantor]',
      telepon: '[ISI: nomor telepon]',
      email: '[ISI: e-mail]',
      jam_pelayanan: 'Senin–Jumat 08.00–16.00 WIB',
    });
  });
});

describe('the sample services (sops/_layanan)', () => {
  const { catalog, issues } = loadSources(ROOT);
  const standard = (id: string) => {
    const s = catalog.services!.find((x) => x.id === id)!;
    const sops = servicesSops(s, catalog);
    return serviceStandard(id, s.data, sops, catalog.agencies.get(sops[0]!.data.instansi)!.data);
  };

  it('load without errors, one per seed SOP', () => {
    expect(issues.filter((i) => i.file.startsWith('sops/_layanan'))).toEqual([]);
    expect(checkServices(catalog).filter((i) => i.severity === 'error')).toEqual([]);
    expect(catalog.services!.map((s) => s.data.sop)).toEqual([
      ['provinsi/pemulangan-orang-terlantar'],
      ['tanjungpinang/penanganan-eks-narapidana'],
      ['tanjungpinang/penanganan-korban-perdagangan-orang'],
      ['tanjungpinang/penanganan-korban-tindak-kekerasan'],
    ]);
  });

  it('take time, cost and product from the seed SOPs', () => {
    const ktk = standard('penanganan-korban-tindak-kekerasan');
    // 15 menit + 30 menit + 30–60 menit + 3–7 hari.
    expect(ktk.jangka_waktu).toEqual({ teks: '3 hari 1 jam 15 menit – 7 hari 1 jam 45 menit', min_menit: 4395, max_menit: 10185, asal: 'sop', narasi: 'Tergantung kasus' });
    expect(ktk.biaya).toEqual({ teks: 'Gratis', gratis: true, asal: 'narasi' });
    expect(ktk.produk.items).toEqual(['Pendampingan ke RSUD/Puskesmas', 'Surat Rekomendasi Jamkesda', 'Rekom permohonan bantuan ke Baznas']);
    expect(ktk.dasar_hukum).toEqual(['uu-11-2009', 'permensos-8-2012', 'permensos-16-2019', 'perwako-tanjungpinang-24-2014']);
    const ot = standard('pemulangan-orang-terlantar');
    // The signed document's total (76 Jam 15 Menit), not the sum of the legible steps.
    expect(ot.jangka_waktu.teks).toBe('76 jam 15 menit');
    expect(ot.biaya).toEqual({ teks: '[ISI: biaya layanan]', gratis: false, asal: 'layanan' });
    expect(ot.produk.asal).toBe('layanan');
  });
});

describe('the 14 components of the decree annex', () => {
  it('list delivery then management, in the guideline order, with placeholders for what is missing', () => {
    const a = sopWithBody(BODY, { ...validSopInput(), kualifikasi_pelaksana: ['Memahami pelayanan'] });
    const data = serviceSchema.parse({ nama: 'Layanan Contoh', ringkasan: 'Bantuan.', sop: ['contoh/sop-a'], persyaratan: ['Identitas klien'], prosedur: ['Datang ke kantor.'], jumlah_pelaksana: '3 orang' });
    const rows = standardComponents(serviceStandard('x', data, [a], AGENCY), () => 'Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial');
    expect(rows.map((r) => `${r.no} ${r.group} ${r.label}: ${r.items.join(' | ')}`)).toEqual([
      '1 penyampaian Persyaratan: Identitas klien',
      '2 penyampaian Sistem, mekanisme dan prosedur: Datang ke kantor.',
      '3 penyampaian Jangka waktu pelayanan: 3 hari 45 menit – 7 hari 1 jam 15 menit | Menurut uraian SOP: Tergantung kasus.',
      '4 penyampaian Biaya/tarif: Gratis',
      '5 penyampaian Produk pelayanan: [ISI: produk pelayanan]',
      '6 penyampaian Penanganan pengaduan, saran dan masukan: [ISI: saluran pengaduan] | Alamat: [ISI: alamat kantor] | Telepon: [ISI: nomor telepon] | E-mail: [ISI: e-mail] | Jam pelayanan: [ISI: jam pelayanan]',
      '7 pengelolaan Dasar hukum: Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial',
      '8 pengelolaan Sarana, prasarana dan/atau fasilitas: [ISI: sarana, prasarana dan/atau fasilitas]',
      '9 pengelolaan Kompetensi pelaksana: Memahami pelayanan',
      '10 pengelolaan Pengawasan internal: [ISI: pengawasan internal]',
      '11 pengelolaan Jumlah pelaksana: 3 orang',
      '12 pengelolaan Jaminan pelayanan: [ISI: jaminan pelayanan]',
      '13 pengelolaan Jaminan keamanan dan keselamatan pelayanan: [ISI: jaminan keamanan dan keselamatan pelayanan]',
      '14 pengelolaan Evaluasi kinerja pelaksana: [ISI: evaluasi kinerja pelaksana]',
    ]);
  });
});
