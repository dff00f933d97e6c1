import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import type { LetterField } from '../../../src/core/letters/field-types';
import { checkTemplateHtml, checkTemplateTree, type HbsNode } from '../../../src/core/letters/template-rules';

const FIELDS: LetterField[] = [
  { name: 'nama_klien', label: 'Nama klien', type: 'text', required: true, bagian: 'Klien' },
  {
    name: 'petugas', label: 'Petugas', type: 'group', required: true, min: 1, max: 5, label_item: 'Petugas', bagian: 'Petugas',
    fields: [
      { name: 'nama', label: 'Nama', type: 'text', required: true },
      { name: 'nip', label: 'NIP', type: 'nip', required: false },
    ],
  } as LetterField,
];
const HELPERS = new Set(['if', 'unless', 'each', 'with', 'tanggalKata', 'formatNip']);
const PARTIALS = ['kop', 'tanda-tangan'];

const check = (body: string) =>
  checkTemplateTree(Handlebars.parse(body) as unknown as HbsNode, { fields: FIELDS }, HELPERS, PARTIALS).map((f) => `${f.line}: ${f.detail}`);

describe('letter template tree: every printed name exists', () => {
  it('accepts fields, the agency, the number, group rows inside #each and helpers with their values', () => {
    expect(
      check(
        '{{> kop}}\n<p>{{nomor}} {{instansi.nama}} {{f.nama_klien}} {{tanggalKata f.tanggal}}</p>\n' +
          '{{#if f.petugas.length}}{{#each f.petugas}}{{@index}} {{nama}} {{formatNip nip}} {{@root.f.nama_klien}}{{else}}-{{/each}}{{/if}}',
      ),
    ).toEqual([]);
  });

  it('names a field written without "f." and suggests it', () => {
    expect(check('<p>\n{{nama_klien}}</p>')).toEqual([
      '2: Isi surat: "nama_klien" tidak dikenal; isian ditulis f.<nama isian>, data instansi instansi.<...>. Maksud Anda "f.nama_klien"?',
    ]);
  });

  it('names a row field read outside its #each, and a field the group does not have', () => {
    expect(check('{{f.petugas.nama}}\n{{#each f.petugas}}{{jabatan}}{{/each}}')).toEqual([
      '1: Isi surat: "f.petugas.nama": "f.petugas" adalah kelompok (beberapa baris); tulis isinya di dalam {{#each f.petugas}} ... {{/each}}, misalnya {{nama}}.',
      '2: Isi surat: "jabatan" bukan isian kelompok "petugas" (yang ada: nama, nip); isian di luar kelompok ditulis @root.f.jabatan.',
    ]);
  });

  it('refuses #each over a single value and a partial that does not exist', () => {
    expect(check('{{#each f.nama_klien}}x{{/each}}\n{{> tandatangan}}')).toEqual([
      '1: Isi surat: {{#each f.nama_klien}} hanya untuk isian kelompok (type: group); "f.nama_klien" berisi satu nilai, tulis {{f.nama_klien}}.',
      '2: Isi surat: bagian "{{> tandatangan}}" tidak ada di letter-templates/partials/ (yang ada: kop, tanda-tangan).',
    ]);
  });
});

describe('letter template HTML: no script, nothing from another site', () => {
  it('reports script, handler attributes, script addresses and remote files at their lines', () => {
    const body = [
      '<p>Isi</p>',
      '<script>kirim()</script>',
      '<button onclick="kirim()">x</button>',
      '<a href="javascript:kirim()">x</a>',
      '<img src="https://contoh.go.id/logo.png" alt="">',
      '<div style="background: url(//cdn.contoh.id/a.png)"></div>',
      '<img src="/logo/kota.png" alt="Logo">',
    ].join('\n');
    expect(checkTemplateHtml(body).map((f) => `${f.line}: ${f.detail}`)).toEqual([
      '2: Isi surat memuat <script>; halaman surat tidak menjalankan skrip dan tidak memuat apa pun dari templat.',
      '3: Isi surat memuat atribut onclick; halaman surat tidak menjalankan skrip dari templat.',
      '4: Isi surat memuat alamat javascript:; halaman surat tidak menjalankan skrip dari templat.',
      '5: Isi surat memuat "https://contoh.go.id/logo.png" dari situs lain; halaman surat tidak memanggil situs mana pun (data klien tidak boleh keluar dari peramban). Simpan berkasnya di public/ dan tulis alamatnya diawali "/".',
      '6: Isi surat memuat "//cdn.contoh.id/a.png" dari situs lain; halaman surat tidak memanggil situs mana pun (data klien tidak boleh keluar dari peramban). Simpan berkasnya di public/ dan tulis alamatnya diawali "/".',
    ]);
  });
});
