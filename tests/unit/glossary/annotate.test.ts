/** <abbr> on the first use of each acronym on a page, in text and in rendered HTML. */
import { describe, expect, it } from 'vitest';
import { AbbrTracker } from '../../../src/core/glossary/annotate';

describe('AbbrTracker.segments', () => {
  it('explains each acronym once, at its first use', () => {
    const t = new AbbrTracker();
    expect(t.segments('Penanganan Eks Narapidana (BWBLP)')).toEqual([
      { kind: 'text', text: 'Penanganan Eks Narapidana (' },
      { kind: 'abbr', text: 'BWBLP', title: 'Bekas Warga Binaan Lembaga Pemasyarakatan' },
      { kind: 'text', text: ')' },
    ]);
    expect(t.segments('Klien BWBLP')).toEqual([{ kind: 'text', text: 'Klien BWBLP' }]);
    expect(t.terms).toEqual(['BWBLP']);
  });

  it('treats the other spelling as the same acronym', () => {
    const t = new AbbrTracker();
    const first = t.segments('TKSK dan TSKK');
    expect(first.filter((s) => s.kind === 'abbr').map((s) => s.text)).toEqual(['TKSK']);
  });

  it('does not match inside words or in other case', () => {
    const t = new AbbrTracker();
    expect(t.segments('otomatis Ot PMKSX')).toEqual([{ kind: 'text', text: 'otomatis Ot PMKSX' }]);
  });

  it('prefers the longest acronym (PMKS, not PM)', () => {
    const t = new AbbrTracker();
    const abbrs = t.segments('database PMKS dan PM').filter((s) => s.kind === 'abbr');
    expect(abbrs.map((s) => s.text)).toEqual(['PMKS', 'PM']);
  });
});

describe('AbbrTracker.html', () => {
  it('annotates text between tags, never inside code, pre or an existing abbr, nor in attributes', () => {
    const t = new AbbrTracker();
    const html =
      '<p title="OT">Data <abbr title="x">RSTS</abbr></p><pre><code>BAST</code></pre><p>RSTS dan BAST &amp; OT</p>';
    expect(t.html(html)).toBe(
      '<p title="OT">Data <abbr title="x">RSTS</abbr></p><pre><code>BAST</code></pre>' +
        '<p><abbr title="Rumah Singgah Tepak Sirih">RSTS</abbr> dan <abbr title="Berita Acara Serah Terima">BAST</abbr> &amp; <abbr title="Orang Terlantar">OT</abbr></p>',
    );
  });

  it('continues the page: an acronym explained earlier is not explained again', () => {
    const t = new AbbrTracker();
    t.segments('Penanganan Eks Narapidana (BWBLP)');
    expect(t.html('<p>Kriteria BWBLP</p>')).toBe('<p>Kriteria BWBLP</p>');
  });
});
