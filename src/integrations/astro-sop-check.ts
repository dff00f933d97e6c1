/**
 * Astro integration: the same checks as `npm run check`, everywhere Astro runs.
 * - `astro build`: before Astro touches the output folder, so an invalid SOP fails the build
 *   with the authors' messages and the previously built site stays as it was.
 * - `astro dev`: before each page is served; while there are errors the browser shows them
 *   (dev-error-page.ts) and the terminal prints them, instead of Astro's own error screen or a
 *   stale page.
 */
import type { AstroIntegration } from 'astro';
import { checkProject } from '../node/check-project';
import { devErrorPage } from '../node/dev-error-page';

export function sopCheckIntegration(): AstroIntegration {
  return {
    name: 'sop-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // `astro dev` checks before each page instead (below): a file whose frontmatter cannot be
        // read is shown in the browser like any other mistake, now that no content layer parses
        // the SOP files when the preview starts.
        if (command === 'dev') return;
        // The publish script has already checked (and printed warnings) before starting Astro.
        if (command !== 'build' || process.env.SOP_CHECKED === '1') return;
        const report = await checkProject(process.cwd());
        for (const w of report.warnings) logger.warn(w);
        if (report.errors.length > 0) {
          // Astro prints the message of what a hook throws; the stack is not the author's concern.
          const failure = new Error(`Pemeriksaan SOP gagal (${report.errors.length} kesalahan):\n` + report.errors.join('\n'));
          failure.stack = failure.message;
          throw failure;
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        let lastPrinted = '';
        server.middlewares.use(async (req, res, next) => {
          const accept = req.headers.accept ?? '';
          if (req.method !== 'GET' || !accept.includes('text/html')) return next();
          try {
            const report = await checkProject(process.cwd());
            const printed = report.errors.join('\n');
            if (printed !== lastPrinted) {
              if (printed) logger.error(`Pemeriksaan SOP gagal (${report.errors.length} kesalahan):\n${printed}`);
              else if (lastPrinted) logger.info('Pemeriksaan SOP: tidak ada kesalahan lagi.');
              lastPrinted = printed;
            }
            if (!report.errors.length) return next();
            const errors = report.issues.filter((i) => i.severity === 'error');
            res.statusCode = 500;
            res.setHeader('content-type', 'text/html; charset=utf-8');
            res.end(devErrorPage(errors));
          } catch (e) {
            next(e);
          }
        });
        // A change under sops/ or letter-templates/ reloads the page, which checks again.
        server.watcher.on('change', (file) => {
          if (/[\\/](sops|letter-templates)[\\/]/.test(file)) server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
