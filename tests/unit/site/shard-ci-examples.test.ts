/**
 * The example CI files of a portal built in shards (docs/ci/, docs/shards.md) call commands that
 * exist, pass each shard's output on as an artifact to the merge, and cover this repository's
 * agencies once each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../../testkit/paths';

const read = (file: string) => parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, any>;
const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const npmRuns = (lines: string[]) => lines.flatMap((l) => [...l.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]!));
const agencies = readdirSync(join(ROOT, 'sops/_data/instansi')).map((f) => f.replace(/\.yaml$/, '')).sort();

describe('GitHub Actions example (docs/ci/github-actions-shards.yml)', () => {
  const ci = read('docs/ci/github-actions-shards.yml');
  const runs = (job: string): string[] => (ci.jobs[job].steps as { run?: string }[]).flatMap((s) => (s.run ? [s.run] : []));

  it('plans the matrix, builds one shard per job, merges after all of them', () => {
    expect(Object.keys(ci.jobs)).toEqual(['rencana', 'bagian', 'gabung', 'terbit']);
    expect(ci.jobs.bagian.needs).toBe('rencana');
    expect(ci.jobs.bagian.strategy.matrix.bagian).toBe('${{ fromJSON(needs.rencana.outputs.bagian) }}');
    expect(ci.jobs.bagian.env.SOP_TODAY).toBe('${{ needs.rencana.outputs.tanggal }}');
    expect(ci.jobs.gabung.needs).toBe('bagian');
    expect(runs('rencana').join('\n')).toContain('npm run --silent shards -- --jobs 4');
    expect(runs('bagian')).toContain('npm run build -- --instansi ${{ matrix.bagian.instansi }} --out bagian/${{ matrix.bagian.nama }}');
    expect(runs('gabung')).toContain('npm run merge -- bagian/* --out dist');
  });

  it('uploads each shard\'s output folder and downloads them all for the merge', () => {
    const upload = (ci.jobs.bagian.steps as { uses?: string; with?: Record<string, string> }[]).find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with).toMatchObject({ name: '${{ matrix.bagian.nama }}', path: 'bagian/${{ matrix.bagian.nama }}' });
    const download = (ci.jobs.gabung.steps as { uses?: string; with?: Record<string, string> }[]).find((s) => s.uses?.startsWith('actions/download-artifact'))!;
    expect(download.with).toEqual({ path: 'bagian' });
  });

  it('calls only npm scripts that exist', () => {
    const used = Object.keys(ci.jobs).flatMap((j) => npmRuns(ci.jobs[j].steps ? runs(j) : []));
    expect([...new Set(used)].sort()).toEqual(['build', 'merge', 'shards']);
    for (const s of used) expect(scripts).toContain(s);
  });
});

describe('GitLab CI example (docs/ci/gitlab-ci-shards.yml)', () => {
  const ci = read('docs/ci/gitlab-ci-shards.yml');

  it('builds every agency of this repository in exactly one shard', () => {
    const shards = (ci.bagian.parallel.matrix as { INSTANSI: string[] }[]).flatMap((m) => m.INSTANSI);
    expect(shards.flatMap((s) => s.split(' ')).sort()).toEqual(agencies);
  });

  it('keeps each shard\'s output as an artifact and merges them in the next stage', () => {
    expect(ci.stages).toEqual(['bagian', 'gabung']);
    expect(ci.bagian.script).toContain('npm run build -- --instansi $INSTANSI --out "bagian/$CI_NODE_INDEX"');
    expect(ci.bagian.artifacts.paths).toEqual(['bagian/']);
    expect(ci.pages.stage).toBe('gabung');
    expect(ci.pages.script).toContain('npm run merge -- bagian/* --out public');
    for (const s of npmRuns([...ci.bagian.script, ...ci.pages.script])) expect(scripts).toContain(s);
  });
});
