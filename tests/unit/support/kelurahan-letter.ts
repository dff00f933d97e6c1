/**
 * A kelurahan's own letter as sweeps 17 and 18 write it, with the project's partials (kop,
 * kepala-surat-dinas, tanda-tangan-kepala ...) as a kelurahan copies the folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The project's partials, by their path in a project. */
const PARTIALS_DIR = join(__dirname, '../../../letter-templates/partials');
export const PARTIALS: Record<string, string> = Object.fromEntries(
  readdirSync(PARTIALS_DIR).map((name) => [`letter-templates/partials/${name}`, readFileSync(join(PARTIALS_DIR, name), 'utf8')]),
);
export const LETTER = 'letter-templates/domisili.hbs';
/** A kelurahan's own letter: the header on lines 1-15, the body from line 16 (its sentence on line 19). */
export const DOMISILI = `---
judul: Surat Keterangan Domisili
jenis: surat-dinas
ringkasan: Keterangan bahwa warga tinggal di wilayah kelurahan, untuk keperluan administrasi.
bawaan:
  hal: Surat Keterangan Domisili
fields:
  - name: warga_nama
    label: Nama warga
    type: text
    required: true
  - name: keperluan
    label: Keperluan
    type: textarea
---
{{> kop}}
{{> kepala-surat-dinas}}
<div class="surat-isi">
  <p>Lurah menerangkan bahwa {{f.warga_nama}} berdomisili di wilayah kami, untuk keperluan {{f.keperluan}}.</p>
</div>
{{> tanda-tangan-kepala}}
`;
