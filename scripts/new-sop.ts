/**
 * `npm run new-sop -- <folder>/<nama-sop> [--instansi <id>]`: writes a new SOP file with every
 * field present and explained, as a draft, ready to fill in. Refuses to overwrite a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadSources } from '../src/node/load-sources';
import { newSopText } from '../src/core/editor/new-sop';

const args = process.argv.slice(2);
const id = args.find((a) => !a.startsWith('--'));
const agencyFlag = args.indexOf('--instansi');
const root = process.cwd();

if (!id || !/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(id)) {
  console.error('Pakai: npm run new-sop -- <folder>/<nama-sop> [--instansi <id>]');
  console.error('Contoh: npm run new-sop -- tanjungpinang/penanganan-orang-terlantar --instansi dinsos-tanjungpinang');
  console.error('Nama hanya huruf kecil, angka dan tanda hubung.');
  process.exit(2);
}
const { catalog } = loadSources(root);
const agencies = [...catalog.agencies.keys()];
const instansi = agencyFlag >= 0 ? args[agencyFlag + 1]! : agencies[0];
if (!instansi || !catalog.agencies.has(instansi)) {
  console.error(`Instansi "${instansi ?? ''}" tidak ditemukan. Pilihan: ${agencies.join(', ') || '(belum ada; buat sops/_data/instansi/<id>.yaml)'}`);
  process.exit(2);
}
const file = join(root, 'sops', `${id}.mdx`);
if (existsSync(file)) {
  console.error(`Berkas sops/${id}.mdx sudah ada; tidak ditimpa.`);
  process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);
const regulations = [...catalog.regulations.keys()];

const text = newSopText({ instansi, today, regulations });
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, text);
console.log(`Dibuat: sops/${id}.mdx (status draf). Isi bagian [ISI: ...], lalu jalankan npm run check.`);
