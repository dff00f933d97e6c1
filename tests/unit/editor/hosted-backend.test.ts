import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hostedBackend } from '../../../src/core/editor/hosted-backend';
import { decapConfig } from '../../../src/core/editor/decap-config';
import { buildEditorCatalog } from '../../../src/core/editor/editor-catalog';
import { loadSources } from '../../../src/node/load-sources';

const snapshot = buildEditorCatalog(loadSources(process.cwd()).catalog);

describe('documented hosted-git configs load', () => {
  for (const [file, name] of [
    ['docs/editor/github.yml', 'github'],
    ['docs/editor/gitlab.yml', 'gitlab'],
    ['docs/editor/gitea.yml', 'gitea'],
  ] as const) {
    it(file, () => {
      const r = hostedBackend(parse(readFileSync(file, 'utf8')), file, false);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.backend.name).toBe(name);
      expect(r.backend.branch).toBe('main');
      const config = decapConfig(snapshot, r.backend);
      expect(config.backend.name).toBe(name);
      expect(config.publish_mode).toBe('editorial_workflow');
      expect('local_backend' in config).toBe(false);
    });
  }

  it('refuses to build with unfilled placeholders', () => {
    const r = hostedBackend(parse(readFileSync('docs/editor/gitea.yml', 'utf8')), 'docs/editor/gitea.yml');
    expect(r).toEqual({ ok: false, message: 'docs/editor/gitea.yml: isi dahulu backend.repo, backend.app_id, backend.api_root, backend.base_url, connect (masih [ISI: ...]).' });
  });
});
