/**
 * `npm run editor`: the SOP editor on this computer. Checks that the project folder has no
 * unrecorded changes, builds /admin/ into a temporary folder, starts decap-server (git mode) and
 * the local server, and prints the address to open. Options: --port <n> (default 4322, or PORT),
 * --no-site (do not serve dist/). Stop with Ctrl+C.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LETTERS_DIR } from '../src/core/source/source-paths';
import { readableLetterTemplates } from '../src/node/letter-template-files';
import { loadSources } from '../src/node/load-sources';
import { adminCsp, bundleAdmin, publicFiles, writeAdminData } from '../src/node/editor/build-admin';
import { currentBranch, startEditorServer, strayFiles } from '../src/node/editor/server';

const root = process.cwd();
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = Number(portArg >= 0 ? args[portArg + 1] : process.env.PORT ?? 4322);

const stray = strayFiles(root);
if (stray.length) {
  console.error('Editor tidak dijalankan: folder proyek berisi perubahan yang belum dicatat (commit):');
  for (const f of stray.slice(0, 20)) console.error(`  ${f}`);
  console.error('Editor mencatat setiap simpanan dengan git; perubahan lain akan ikut tercatat. Catat atau pindahkan berkas itu dahulu, lalu jalankan lagi npm run editor.');
  process.exit(1);
}
const branch = currentBranch(root);
const { catalog } = loadSources(root);
const adminDir = mkdtempSync(join(tmpdir(), 'sop-editor-'));
writeAdminData(adminDir, catalog, { name: 'git-gateway', branch }, { localBackend: '/api/v1', letters: readableLetterTemplates(join(root, LETTERS_DIR)), publicFiles: publicFiles(root) });
await bundleAdmin(root, adminDir);
const siteDir = join(root, 'dist');
const server = await startEditorServer({
  repo: root,
  adminDir,
  siteDir: !args.includes('--no-site') && existsSync(siteDir) ? siteDir : undefined,
  port,
  csp: adminCsp(),
});
console.log(`Editor SOP siap. Buka di peramban: ${server.url}/admin/`);
console.log(`Simpanan dicatat di repositori git folder ini (cabang ${branch}); SOP yang diterbitkan masuk ke cabang ${branch}.`);
const stop = async () => {
  await server.close();
  rmSync(adminDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
