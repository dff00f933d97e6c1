/**
 * The mermaid remark plugin through the same MDX pipeline Astro uses (@mdx-js/mdx with rehype-raw),
 * with the real shared Chromium: fences become inline SVG with an accessible name, a broken
 * diagram fails with the file and line, and all diagrams share one browser.
 */
import { compile, nodeTypes } from '@mdx-js/mdx';
import rehypeRaw from 'rehype-raw';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { closeMermaidBrowser, mermaidBrowserLaunches } from '../../src/node/mermaid/browser';
import { ensureAccessibleName } from '../../src/node/mermaid/render';
import { remarkMermaid } from '../../src/node/mermaid/remark-mermaid';

const warnings: string[] = [];
const options = {
  remarkPlugins: [[remarkMermaid, { warn: (m: string) => warnings.push(m) }]],
  rehypePlugins: [[rehypeRaw, { passThrough: nodeTypes }]],
} as Parameters<typeof compile>[1];

const mdx = (path: string, value: string) => compile(new VFile({ path: `${process.cwd()}/${path}`, value }), options).then(String);

afterAll(async () => {
  await closeMermaidBrowser();
});

// Each test may start Chromium and mermaid: allow for a loaded machine.
describe('remarkMermaid', { timeout: 60_000 }, () => {
  it('renders fences to inline SVG named by accTitle or the fence title, warning when neither is given', async () => {
    const launchesBefore = mermaidBrowserLaunches();
    const out = await mdx(
      'sops/contoh.mdx',
      [
        '## Rujukan',
        '',
        '```mermaid',
        'flowchart TD',
        '  accTitle: Pilihan rujukan',
        '  accDescr: Berkas dipelajari lalu dirujuk.',
        '  berkas["Mempelajari berkas"] --> rujukan{"Rujukan"}',
        '  rujukan -- a --> baznas["Baznas"]',
        '```',
        '',
        '```mermaid title="Alur singkat"',
        'flowchart LR',
        '  a --> b',
        '```',
        '',
        '```mermaid',
        'flowchart LR',
        '  c --> d',
        '```',
      ].join('\n'),
    );
    // Three figures, each holding mermaid's SVG (the compiled MDX builds them as JSX).
    expect(out.match(/_jsxs?\(_components\.figure, \{\s+className: "mermaid-diagram"/g)).toHaveLength(3);
    expect(out.match(/children: _jsxs?\(_components\.svg, \{[^}]*?\bid: "mermaid-[0-9a-f]{10}"/g)).toHaveLength(3);
    expect(out).toContain('Pilihan rujukan');
    expect(out).toContain('"aria-label": "Alur singkat"');
    expect(out).toContain('"aria-label": "Diagram"');
    expect(out).not.toContain('```mermaid');
    expect(out).not.toMatch(/<script/);
    expect(warnings).toEqual([expect.stringMatching(/^sops\/contoh\.mdx:16: diagram mermaid tanpa judul aksesibel/)]);

    // A second file reuses the same browser.
    await mdx('sops/lain.mdx', '```mermaid\nflowchart TD\n  accTitle: Lain\n  x --> y\n```\n');
    expect(mermaidBrowserLaunches() - launchesBefore).toBeLessThanOrEqual(1);
  });

  it('fails with the file and the line of a diagram mermaid cannot read', async () => {
    const source = ['# Judul', '', 'Teks.', '', '```mermaid', 'flowchart TD', '  a --> b', '  b -->> {{', '```', ''].join('\n');
    await expect(mdx('sops/rusak.mdx', source)).rejects.toThrow(
      /^sops\/rusak\.mdx:5: diagram mermaid tidak valid \(baris 8 berkas, baris 3 diagram\): Parse error on line 3/,
    );
    // The page is still usable after an error.
    const out = await mdx('sops/pulih.mdx', '```mermaid\nflowchart TD\n  accTitle: Pulih\n  p --> q\n```\n');
    expect(out).toContain('Pulih');
  });

  it('names an SVG only when mermaid did not', () => {
    const titled = '<svg id="m" aria-labelledby="t"><title id="t">Judul</title></svg>';
    expect(ensureAccessibleName(titled, 'X')).toEqual({ svg: titled, named: true });
    expect(ensureAccessibleName('<svg id="m"><g/></svg>', 'A & "B"').svg).toBe('<svg aria-label="A &amp; &quot;B&quot;" id="m"><g/></svg>');
  });
});
