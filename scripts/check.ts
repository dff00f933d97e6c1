/**
 * `npm run check`: validates every SOP, service, agency and regulation without building.
 * Exit code 1 when there is an error; warnings are printed but do not fail.
 * `--quiet` hides warnings. Unchanged SOP files are not parsed again (src/node/sop-read-cache.ts,
 * shared with `npm run build`).
 */
import { checkProject, todayIso } from '../src/node/check-project';
import { closeMermaidBrowser } from '../src/node/mermaid/browser';
import { engineHash } from '../src/node/publish/incremental';
import { openSopReadCache } from '../src/node/sop-read-cache';

const quiet = process.argv.includes('--quiet');
const root = process.cwd();
const report = await checkProject(root, todayIso(), { sopCache: openSopReadCache(root, engineHash(root)) });
await closeMermaidBrowser();
if (!quiet) for (const w of report.warnings) console.warn(w + '\n');
for (const e of report.errors) console.error(e + '\n');
const { sops, agencies, regulations, services = [] } = report.catalog;
console.log(
  `Diperiksa: ${sops.length} SOP, ${services.length} layanan, ${agencies.size} instansi, ${regulations.size} dasar hukum — ` +
    `${report.errors.length} kesalahan, ${report.warnings.length} peringatan.`,
);
process.exit(report.errors.length ? 1 : 0);
