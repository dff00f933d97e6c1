/**
 * Astro integration: runs the same checks as `npm run check` before Astro touches the output
 * folder, so an invalid SOP fails the build with the authors' messages (file + field + fix)
 * and the previously built site stays as it was.
 */
import type { AstroIntegration } from 'astro';
import { checkProject } from '../node/check-project';

export function sopCheckIntegration(): AstroIntegration {
  return {
    name: 'sop-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // The publish script has already checked (and printed warnings) before starting Astro.
        if (command !== 'build' || process.env.SOP_CHECKED === '1') return;
        const report = await checkProject(process.cwd());
        for (const w of report.warnings) logger.warn(w);
        if (report.errors.length > 0) {
          throw new Error(
            `Pemeriksaan SOP gagal (${report.errors.length} kesalahan):\n` + report.errors.join('\n'),
          );
        }
      },
    },
  };
}
