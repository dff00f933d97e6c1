/**
 * `npm run build:admin -- --backend docs/editor/gitea.yml [--out dist]`: adds the SOP editor
 * (/admin/) to a built site for a hosted git server (GitHub, GitLab, Gitea/Forgejo). Run after
 * `npm run build`. The page holds no secret: authors sign in with the git server's own login.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LETTERS_DIR } from '../src/core/source/source-paths';
import { readableLetterTemplates } from '../src/node/letter-template-files';
import { loadSources } from '../src/node/load-sources';
import { bundleAdmin, publicFiles, writeAdminData } from '../src/node/editor/build-admin';
import { hostedBackend } from '../src/core/editor/hosted-backend';

const args = process.argv.slice(2);
const at = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
const backendFile = at('--backend');
if (!backendFile) {
  console.error('Pakai: npm run build:admin -- --backend docs/editor/<github|gitlab|gitea>.yml [--out dist]');
  process.exit(2);
}
const hosted = hostedBackend(parse(readFileSync(backendFile, 'utf8')), backendFile);
if (!hosted.ok) {
  console.error(hosted.message);
  process.exit(1);
}
const root = process.cwd();
const out = join(root, at('--out') ?? 'dist', 'admin');
const { catalog } = loadSources(root);
writeAdminData(out, catalog, hosted.backend, { connect: hosted.connect, letters: readableLetterTemplates(join(root, LETTERS_DIR)), publicFiles: publicFiles(root) });
await bundleAdmin(root, out);
console.log(`Editor SOP ditulis ke ${out} (backend ${hosted.backend.name}, repositori ${hosted.backend.repo}).`);
