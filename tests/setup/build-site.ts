/**
 * Global setup of the `site` test project: publishes the real `sops/` once into tests/.out/dist
 * with the same command authors use (scripts/publish.ts), so build and e2e tests read what a
 * reader would get. Set SITE_DIST_REUSE=1 to reuse an existing build while iterating on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILD_SITE_URL, ROOT, SITE_BUILD_DATE, SITE_DIST } from '../../testkit/paths';

export default function setup(): void {
  if (process.env.SITE_DIST_REUSE === '1' && existsSync(resolve(SITE_DIST, 'index.html'))) return;
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/publish.ts', '--out', SITE_DIST], {
    cwd: ROOT,
    stdio: 'inherit',
    // The seed situs.yaml names no public address (it is not known): the build is given one.
    // The build date is fixed (SOP_TODAY) so the review reminders (/tinjau/) are known values.
    env: { ...process.env, SOP_SITE_URL: BUILD_SITE_URL, SOP_TODAY: SITE_BUILD_DATE },
  });
}
