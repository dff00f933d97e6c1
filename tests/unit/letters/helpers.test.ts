import { describe, expect, it } from 'vitest';
import Handlebars from 'handlebars/runtime';
import { letterFormPath } from '../../../src/core/letters/form-path';
import { escapeHtml } from '../../../src/core/html/escape';
import { html, HtmlFragment, LetterMarker } from '../../../src/core/letters/html';
import { letterHelpers, LETTER_HELPER_NAMES, registerLetterHelpers } from '../../../src/core/letters/helpers';
import { agencyDisplay, agencyGaps, displayValue, letterPaper } from '../../../src/core/letters/letter-context';
import { agencySchema } from '../../../src/core/model/agency';

const H = letterHelpers;
const out = (v: unknown) => (v instanceof HtmlFragment ? v.html : v);

describe('escaping', () => {
  it('escapes everything that can open markup or break an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>\`=&</a>`)).toBe('&lt;a href&#x3D;&quot;x&quot; onclick&#x3D;&#x27;y&#x27;&gt;&#x60;&#x3D;&amp;&lt;/a&gt;');
    expect(html`<b>${'<i>'}</b>${new HtmlFragment('<br>')}`.html).toBe('<b>&lt;i&gt;</b><br>');
    expect(new LetterMarker('kosong', '[Nama <klien>]').html).toBe(
      '<span class="surat-penanda surat-penanda--kosong">[Nama &lt;klien&gt;]</span>',
    );
  });
});

describe('letter helpers', () => {
  const marker = new LetterMarker('kosong', '[Tanggal surat]');

  it('format dates, numbers and ids', () => {
    expect(H.tanggal('2024-03-04')).toBe('4 Maret 2024');
    expect(H.hariTanggal('2024-03-04')).toBe('Senin, 4 Maret 2024');
    expect(H.hari('2024-03-04')).toBe('Senin');
    expect(H.tanggalKata('2024-03-04')).toBe('Senin tanggal empat bulan Maret tahun dua ribu dua puluh empat');
    expect(H.tanggalAngka('2024-03-04')).toBe('04-03-2024');
    expect(H.rupiah('1.500.000')).toBe('Rp1.500.000,00 (satu juta lima ratus ribu rupiah)');
    expect(H.rupiahAngka('2500015')).toBe('Rp2.500.015,00');
    expect(H.angka('1500000')).toBe('1.500.000');
    expect(H.terbilang('111')).toBe('seratus sebelas');
    expect(H.jumlah('1', 'berkas')).toBe('1 (satu) berkas');
    expect(H.jumlah('', 'berkas')).toBe('-');
    expect(H.jumlah('0', 'berkas')).toBe('-');
    expect(H.formatNik('2172 0112 0388 0001')).toBe('2172011203880001');
  });

  it('show what was typed when it cannot be formatted, and let markers through', () => {
    expect(H.tanggal('kemarin')).toBe('kemarin');
    expect(H.rupiah('1,5 juta')).toBe('1,5 juta');
    for (const name of ['tanggal', 'hariTanggal', 'rupiah', 'formatNip', 'formatNik', 'jumlah'] as const) {
      expect((H[name] as (v: unknown, u?: unknown) => unknown)(marker, 'berkas')).toBe(marker);
    }
  });

  it('end the signatory position with exactly one comma and keep its lines', () => {
    expect(out(H.jabatanTtd('Kepala Dinas Sosial Kota Tanjungpinang'))).toBe('Kepala Dinas Sosial Kota Tanjungpinang,');
    expect(out(H.jabatanTtd('Kepala Dinas , '))).toBe('Kepala Dinas,');
    // Tata Naskah Dinas: the delegation line ends with a comma too.
    expect(out(H.jabatanTtd('a.n. Kepala Dinas\nKepala Bidang <Rehsos>'))).toBe('a.n. Kepala Dinas,<br>Kepala Bidang &lt;Rehsos&gt;,');
    expect(out(H.jabatanTtd('AN. Kepala Dinas,\nSekretaris'))).toBe('a.n. Kepala Dinas,<br>Sekretaris,');
    expect(out(H.jabatanTtd('a/n Wali Kota\nu.b. Kepala Dinas Sosial\nKepala Bidang'))).toBe('a.n. Wali Kota,<br>u.b. Kepala Dinas Sosial,<br>Kepala Bidang,');
    expect(out(H.jabatanTtd('Kepala Dinas Sosial\nKota Tanjungpinang'))).toBe('Kepala Dinas Sosial<br>Kota Tanjungpinang,');
    expect(out(H.jabatanTtd('Anggota Tim\nKetua'))).toBe('Anggota Tim<br>Ketua,');
    expect(out(H.jabatanTtd(marker))).toBe(`${marker.html},`);
  });

  it('turn textarea text into escaped paragraphs and lines', () => {
    expect(out(H.paragraf('Satu <b>\nbaris dua\n\nParagraf "dua"'))).toBe(
      '<p>Satu &lt;b&gt;<br>baris dua</p><p>Paragraf &quot;dua&quot;</p>',
    );
    expect(out(H.baris('a\nb'))).toBe('a<br>b');
    expect(H.paragraf('  ')).toBe('');
  });

  it('small logic helpers', () => {
    expect(H.urutan(0)).toBe(1);
    expect(H.sama('Rahasia', ' Rahasia ')).toBe(true);
    expect(H.ada('', 0, [])).toBe(false);
    expect(H.ada('', 'x')).toBe(true);
    expect(H.ada(marker)).toBe(true);
  });

  it('register on a Handlebars runtime, dropping the options argument', () => {
    const env = Handlebars.create();
    registerLetterHelpers(env as never);
    expect(Object.keys(env.helpers)).toEqual(expect.arrayContaining(LETTER_HELPER_NAMES));
    const options = { hash: {}, data: {} };
    expect((env.helpers.jumlah as (...a: unknown[]) => unknown)('2', 'hari', options)).toBe('2 (dua) hari');
    expect((env.helpers.ada as (...a: unknown[]) => unknown)('', options)).toBe(false);
  });
});

describe('letter context', () => {
  const base = {
    pemerintah: 'Pemerintah Kota Tanjungpinang',
    nama: 'Dinas Sosial Kota Tanjungpinang',
    singkatan: 'Dinsos',
    kota: 'Tanjungpinang',
    alamat: '[ISI: alamat kantor]',
    telepon: '[ISI: nomor telepon]',
    email: 'dinsos@contoh.invalid',
    situs: '[ISI: alamat situs web]',
    logo: '[ISI: logo instansi]',
    kepala: { jabatan: 'Kepala Dinas', nama: 'Nama', pangkat: '[ISI: pangkat/golongan]', nip: '19670720 199303 2 008' },
    pola_nomor_surat: '{klasifikasi}/{nomor}/5.6.04/{tahun}',
  };

  it('marks agency placeholders and lists them', () => {
    const agency = agencySchema.parse(base);
    const shown = agencyDisplay(agency);
    expect(shown.alamat).toBeInstanceOf(LetterMarker);
    expect(shown.email).toBe('dinsos@contoh.invalid');
    expect(shown.logo).toBe('');
    expect((shown.logoPenanda as LetterMarker).text).toBe('[ISI: logo instansi]');
    expect(agencyGaps(agency)).toEqual(['alamat', 'telepon', 'laman', 'logo', 'pangkat kepala']);
  });

  it('uses a logo only from a same-origin image path', () => {
    expect(agencyDisplay(agencySchema.parse({ ...base, logo: '/logo/tanjungpinang.svg' })).logo).toBe('/logo/tanjungpinang.svg');
    for (const bad of ['javascript:alert(1)', '//evil.example/x.png', 'https://evil.example/x.png', '/logo/x.svg" onerror="x']) {
      const shown = agencyDisplay(agencySchema.parse({ ...base, logo: bad }));
      expect(shown.logo, bad).toBe('');
      expect(shown.logoPenanda, bad).toBeInstanceOf(LetterMarker);
    }
  });

  it('turns empty required values into markers, placeholders into marked text', () => {
    expect(displayValue({ label: 'Nama klien', required: true }, ' ')).toEqual(new LetterMarker('kosong', '[Nama klien]'));
    expect(displayValue({ label: 'NIK', required: false }, '')).toBe('');
    expect(displayValue({ label: 'Pangkat', required: false }, '[ISI: pangkat]')).toEqual(new LetterMarker('isi', '[ISI: pangkat]'));
    expect(displayValue({ label: 'Nama', required: true }, ' Siti ')).toBe('Siti');
  });

  it('takes the paper from the template, else the agency', () => {
    const f4 = agencySchema.parse({ ...base, kertas: 'F4' });
    expect(letterPaper({}, f4)).toBe('F4');
    expect(letterPaper({ kertas: 'A4' }, f4)).toBe('A4');
    expect(letterPaper({}, undefined)).toBe('A4');
  });
});

describe('form path', () => {
  it('builds form links with the agency and the SOP', () => {
    expect(letterFormPath('surat-tugas')).toBe('/surat/surat-tugas/');
    expect(letterFormPath('surat-tugas', { instansi: 'dinsos-tanjungpinang', sop: 'tanjungpinang/penanganan-eks-narapidana' })).toBe(
      '/surat/surat-tugas/?instansi=dinsos-tanjungpinang&sop=tanjungpinang%2Fpenanganan-eks-narapidana',
    );
  });
});
