/**
 * The editor checks an entry against the other SOPs of its snapshot (src/core/editor): the rules on
 * successors and on monitoring records read those SOPs' dates, which the snapshot gives them from
 * the SOPs as the editor started with them. Without them the form broke (a TypeError in the
 * browser left the record's form unrendered).
 */
import { describe, expect, it } from 'vitest';
import { checkEvaluationEntry } from '../../../src/core/editor/check-data';
import { buildEditorCatalog, type EditorCatalog } from '../../../src/core/editor/editor-catalog';
import { loadSources } from '../../../src/node/load-sources';
import { writeTempProject } from '../support/temp-project';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';

const FILES = {
  'sops/_data/instansi/kel-sei-putih-timur-1.yaml': `nama: Kelurahan Sei Putih Timur I
kota: Medan
alamat: Jl. Contoh
kepala: { jabatan: Lurah Sei Putih Timur I, nama: Budi }
pola_nomor_surat: "{klasifikasi}/{nomor}/{tahun}"
pengaduan: ["Kotak pengaduan di kantor kelurahan"]
`,
  'sops/_data/dasar-hukum.yaml': 'uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }\n',
  // Made and in force from 2017-08-01.
  'sops/medan/sktm.mdx': SKTM_WITH_DECISION.replace('status: draf', 'status: berlaku'),
};
const RECORD = { jenis: 'monitoring', penilai: 'Lurah', penilaian: 'berjalan baik' };

function snapshot(): EditorCatalog {
  const { catalog } = loadSources(writeTempProject(FILES, 'sop-editor-lifecycle-'));
  return buildEditorCatalog(catalog);
}

describe('the editor checks records against the dates of their SOP', () => {
  it('names a record dated before its SOP was made', () => {
    const issues = checkEvaluationEntry('sops/_data/evaluasi/medan/sktm/2015-01-10.yaml', RECORD, snapshot(), '2026-12-01');
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ['evaluasi-sebelum-sop-dibuat', 'Catatan ini bertanggal 2015-01-10, lebih awal dari tanggal pembuatan SOP "medan/sktm" (2017-08-01); SOP itu belum ada pada tanggal tersebut.'],
    ]);
  });

  it('checks a record without failing when the snapshot holds no dates of the SOP', () => {
    const bare = snapshot();
    bare.sops = bare.sops.map(({ published: _p, ...s }) => s);
    expect(checkEvaluationEntry('sops/_data/evaluasi/medan/sktm/2015-01-10.yaml', RECORD, bare, '2026-12-01')).toEqual([]);
  });
});
