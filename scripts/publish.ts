/**
 * `npm run build`: checks the SOPs, builds the site, the search index and the PDFs into dist/
 * (or `--out <folder>`), replacing the previous output only when everything succeeded.
 * `--no-pdf` skips the PDFs. After editing SOPs only the pages that show them are built again
 * (src/node/publish/incremental.ts); `--penuh` builds every page.
 */
import { publish, PublishError } from '../src/node/publish/publish';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1]! : 'dist';

try {
  const { timings, report } = await publish({ root: process.cwd(), outDir, pdf: !args.includes('--no-pdf'), full: args.includes('--penuh') });
  const phases = Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ');
  console.log(`Selesai: ${report.catalog.sops.length} SOP diterbitkan ke ${outDir}/ (${phases}).`);
  process.exit(0);
} catch (err) {
  if (err instanceof PublishError) console.error(err.message);
  else console.error(err);
  process.exit(1);
}
