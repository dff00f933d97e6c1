/**
 * The editor's live check of an SOP's narrative (src/editor/entry-state.ts) uses the checker's
 * rules with the SOP's title, as `npm run check` does: a first-level heading repeating the title
 * is named as such while the author types.
 */
import { describe, expect, it } from 'vitest';
import { liveEntry, type Immutableish } from '../../../src/editor/entry-state';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';
import { parse } from 'yaml';

/** Decap's entry and collection, as far as liveEntry reads them. */
const immutable = (value: Record<string, unknown>): Immutableish => ({ get: (k) => value[k], toJS: () => value });

function entryWith(body: string): Immutableish {
  const frontmatter = parse(SKTM_WITH_DECISION.split('---')[1]!) as Record<string, unknown>;
  return immutable({ data: immutable({ ...frontmatter, body }), path: 'sops/medan/sktm.mdx', slug: 'sktm' });
}
const collection = immutable({ sop_kind: 'sop', folder: 'sops' });

describe('the editor checks the narrative with the SOP title', () => {
  it('names a first-level heading that repeats the title', () => {
    const issues = liveEntry(entryWith('# Pelayanan Surat Keterangan Tidak Mampu\n\nIsi.\n'), collection).issues.filter((i) => i.code === 'judul-tingkat-satu');
    expect(issues.map((i) => [i.file, i.line, i.message])).toEqual([
      ['sops/medan/sktm.mdx', 1, 'Judul "Pelayanan Surat Keterangan Tidak Mampu" di narasi mengulang judul SOP, yang sudah tercetak di atas halaman dan PDF; judul itu tercetak dua kali.'],
    ]);
  });

  it('gives the note as MDX writes it for an HTML comment', () => {
    const issues = liveEntry(entryWith('## C. Ketentuan Umum\n\n<!-- catatan untuk penyusun -->\n'), collection).issues.filter((i) => i.code === 'mdx-sintaks');
    expect(issues.map((i) => [i.line, i.message, i.fix])).toEqual([
      [
        3,
        'Narasi tidak dapat dibaca: komentar HTML "<!-- ... -->" tidak dapat dipakai di MDX; tulis catatan untuk penulis sebagai {/* ... */}.',
        'Ganti "<!-- catatan untuk penyusun -->" dengan {/* catatan untuk penyusun */} (catatan yang tidak tampil di situs), atau hapus catatan itu.',
      ],
    ]);
  });
});
