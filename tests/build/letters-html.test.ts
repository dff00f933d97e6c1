/**
 * The built letter pages: a strict CSP in a meta tag (letter pages only), no inline script, no
 * inline style or event handler, and scripts that carry the Handlebars runtime (>= 4.7.9) with
 * precompiled templates: no template compiler, no eval, no new Function.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LETTER_PAGE_CSP } from '../../src/components/letters/csp';
import { letterTemplateIds } from '../../src/node/letter-template-files';
import { lettersSiteDist } from '../../testkit/letter-page';
import { ROOT, SITE_DIST } from '../../testkit/paths';

const DIST = lettersSiteDist(SITE_DIST);
const read = (path: string) => readFileSync(resolve(DIST, `.${path}`), 'utf8');
const letterPages = letterTemplateIds().map((id) => `/surat/${id}/index.html`);

function scriptsOf(html: string): { src: string | null; body: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({
    src: /\bsrc="([^"]+)"/.exec(m[1]!)?.[1] ?? null,
    body: m[2]!,
  }));
}

describe('built letter pages', () => {
  it('exist for every template, and the list links to each', () => {
    for (const page of letterPages) expect(existsSync(resolve(DIST, `.${page}`)), page).toBe(true);
    const list = read('/surat/index.html');
    for (const id of letterTemplateIds()) expect(list).toContain(`href="/surat/${id}/"`);
  });

  it.each(letterPages)('%s has the strict CSP and no inline script, style or handler', (page) => {
    const html = read(page);
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)].map((m) => m[1]);
    expect(metas).toEqual([LETTER_PAGE_CSP]);
    expect(LETTER_PAGE_CSP).toMatch(/script-src 'self'(;|$)/);
    expect(LETTER_PAGE_CSP).toContain("connect-src 'none'");
    expect(LETTER_PAGE_CSP).not.toMatch(/unsafe-(eval|inline)/);
    const scripts = scriptsOf(html);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      expect(s.src, 'every script is a file').toMatch(/^\/_astro\/.+\.js$/);
      expect(s.body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/i);
    expect(html).not.toMatch(/<style\b/i);
  });

  it('ships the Handlebars runtime with precompiled templates: no compiler, no eval', () => {
    const version = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/handlebars/package.json'), 'utf8')).version as string;
    const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
    expect(major * 10000 + minor * 100 + patch).toBeGreaterThanOrEqual(40709);
    const srcs = new Set(letterPages.flatMap((p) => scriptsOf(read(p)).map((s) => s.src!)));
    const code = [...srcs].map((src) => read(src)).join('\n');
    expect(code).toContain('surat-kop'); // the precompiled templates are in the bundle
    expect(code).toMatch(/compiler:\[8,">= 4\.3\.0"\]|"compiler":\[8,">= 4\.3\.0"\]/);
    expect(code).not.toMatch(/new Function|\beval\(|JavaScriptCompiler|parseWithoutProcessing/);
  });

  it('other pages do not carry the letters CSP', () => {
    expect(read('/index.html')).not.toContain('Content-Security-Policy');
  });
});
