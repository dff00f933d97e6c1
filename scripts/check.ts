/**
 * `npm run check`: validates every SOP, service, agency and regulation without building.
 * Exit code 1 when there is an error; warnings are printed but do not fail.
 * `--quiet` hides warnings.
 */
import { checkProject } from '../src/node/check-project';
import { closeMermaidBrowser } from '../src/node/mermaid/browser';

const quiet = process.argv.includes('--quiet');
const report = await checkProject(process.cwd());
await closeMermaidBrowser();
if (!quiet) for (const w of report.warnings) console.warn(w + '\n');
for (const e of report.errors) console.error(e + '\n');
const { sops, agencies, regulations, services = [] } = report.catalog;
console.log(
  `Diperiksa: ${sops.length} SOP, ${services.length} layanan, ${agencies.size} instansi, ${regulations.size} dasar hukum — ` +
    `${report.errors.length} kesalahan, ${report.warnings.length} peringatan.`,
);
process.exit(report.errors.length ? 1 : 0);
