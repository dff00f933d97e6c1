/** `npm run new-sop` writes a draft that passes the checker (warnings only) and never overwrites. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/node/check-project';
import { ROOT } from '../../testkit/paths';

const run = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/new-sop.ts'), ...args], { cwd, encoding: 'utf8' });

describe('new-sop', () => {
  it('creates a draft that passes the checks and refuses to overwrite it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sop-new-'));
    // The agencies and regulations; not the evaluation records, which name the sample SOPs.
    cpSync(join(ROOT, 'sops/_data'), join(root, 'sops/_data'), { recursive: true, filter: (src) => !src.includes(`${join('sops', '_data', 'evaluasi')}`) });
    const first = run(root, 'kota/sop-baru', '--instansi', 'dinsos-tanjungpinang');
    expect(first.status, first.stderr).toBe(0);
    expect(readFileSync(join(root, 'sops/kota/sop-baru.mdx'), 'utf8')).toMatch(/^status: draf/m);
    const report = await checkProject(root, '2026-01-01', { mermaid: false });
    expect(report.errors).toEqual([]);
    expect(report.warnings.join('\n')).toMatch(/sops\/kota\/sop-baru\.mdx/);
    const second = run(root, 'kota/sop-baru', '--instansi', 'dinsos-tanjungpinang');
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(/sudah ada; tidak ditimpa/);
  });

  it('rejects a name that cannot be a page address', () => {
    const r = run(ROOT, 'SOP Baru');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/huruf kecil/);
  });
});
