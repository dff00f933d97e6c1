/** `npm run preview [dir] [port]`: serves a built site (default dist/ on port 4321) on localhost. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../src/node/static-server';

const dir = process.argv[2] ?? 'dist';
const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`Folder ${dir}/ belum berisi situs. Jalankan dulu: npm run build`);
  process.exit(1);
}
const { url } = await serveStatic(dir, port, '127.0.0.1');
console.log(`Situs SOP tersaji di ${url}/  (tekan Ctrl+C untuk berhenti)`);
