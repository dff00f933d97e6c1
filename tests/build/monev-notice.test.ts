/**
 * A "direvisi" recommendation on the SOP page, on a synthetic project written to
 * tests/.out/monev-project (built without PDFs): shown under the title while the SOP has had no
 * revision since the evaluation, gone once its efektif date is later; a "tetap berlaku"
 * evaluation shows no notice.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publish } from '../../src/node/publish/publish';
import { scaffoldProject, syntheticSopMdx } from '../../testkit/synthetic';
import { ROOT, TEST_OUT } from '../../testkit/paths';
import { squash } from '../support/pdf';

const DIR = join(TEST_OUT, 'monev-project');
const OUT = join(DIR, 'out');
const AGENCY = 'dinsos-sintetis-a';

// Synthetic SOPs: tanggal revisi 2024-02-27, efektif 2024-03-(1 + seed % 28).
const SOPS: Record<string, Parameters<typeof syntheticSopMdx>[0]> = {
  'sintetis-a/belum-direvisi': { steps: 3, actors: 2, seed: 21, instansi: AGENCY, nomor: '460/1/SINT/2024', judul: 'Belum Direvisi' },
  'sintetis-a/sudah-direvisi': { steps: 3, actors: 2, seed: 22, instansi: AGENCY, nomor: '460/2/SINT/2024', judul: 'Sudah Direvisi' },
  'sintetis-a/tetap': { steps: 3, actors: 2, seed: 23, instansi: AGENCY, nomor: '460/3/SINT/2024', judul: 'Tetap Berlaku' },
};
const evaluation = (rekomendasi: string, catatan: string) =>
  `jenis: evaluasi\npenilai: Kepala Bidang Rehabilitasi Sosial\nkriteria:\n  - { kriteria: SOP mudah dilaksanakan, jawaban: tidak }\nrekomendasi: ${rekomendasi}\ncatatan: ${catatan}\n`;
const RECORDS: Record<string, string> = {
  // After efektif (2024-03-22): the revision is still to come.
  'sintetis-a/belum-direvisi/2024-09-10.yaml': evaluation('direvisi', 'Waktu langkah 2 tidak realistis.'),
  // Before efektif (2024-03-23): the SOP in force is the revision that followed it.
  'sintetis-a/sudah-direvisi/2024-03-15.yaml': evaluation('direvisi', 'Langkah 3 dihapus.'),
  'sintetis-a/tetap/2024-09-10.yaml': evaluation('tetap berlaku', 'Berjalan sesuai SOP.'),
  'sintetis-a/tetap/2024-09-02.yaml': 'jenis: monitoring\npenilai: Kepala Bidang Rehabilitasi Sosial\npenilaian: berjalan baik\ncatatan: Antrean pagi padat.\n',
};

const html = (path: string) => readFileSync(join(OUT, path, 'index.html'), 'utf8');
const notices = (page: string) => [...page.matchAll(/<p[^>]*class="[^"]*sop-monev-notice[^"]*"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => squash(m[1]!.replace(/<[^>]+>/g, '')));

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  scaffoldProject(DIR, ROOT);
  mkdirSync(join(DIR, 'sops', 'sintetis-a'), { recursive: true });
  for (const [id, o] of Object.entries(SOPS)) writeFileSync(join(DIR, 'sops', `${id}.mdx`), syntheticSopMdx(o));
  for (const [path, text] of Object.entries(RECORDS)) {
    mkdirSync(join(DIR, 'sops/_data/evaluasi', path, '..'), { recursive: true });
    writeFileSync(join(DIR, 'sops/_data/evaluasi', path), text);
  }
  await publish({ root: DIR, outDir: 'out', pdf: false, log: () => {} });
}, 300_000);

describe('a recommendation to revise on the SOP page', () => {
  it('is shown under the title, with the evaluation date and its note, while no revision has followed', () => {
    const page = html('sop/sintetis-a/belum-direvisi');
    expect(notices(page)).toEqual([
      'SOP ini direkomendasikan untuk direvisi. Evaluasi tanggal 10 September 2024 merekomendasikan SOP ini direvisi; revisinya belum terbit. Catatan evaluasi: Waktu langkah 2 tidak realistis. Lihat monitoring dan evaluasi',
    ]);
    expect(page).toContain('Rekomendasi: Direvisi');
  });

  it('is gone once the SOP came into force after the evaluation, and never shown for "tetap berlaku"', () => {
    const revised = html('sop/sintetis-a/sudah-direvisi');
    expect(notices(revised)).toEqual([]);
    expect(squash(revised.replace(/<[^>]+>/g, ' '))).toContain('Evaluasi terakhir 15 Maret 2024 — Rekomendasi: Direvisi');
    expect(notices(html('sop/sintetis-a/tetap'))).toEqual([]);
  });
});

describe('the last monitoring on the SOP page', () => {
  it('shows its date, result, assessor and note', () => {
    const text = squash(html('sop/sintetis-a/tetap').replace(/<[^>]+>/g, ' '));
    expect(text).toContain('Monitoring terakhir 2 September 2024 — Berjalan dengan baik Penilai: Kepala Bidang Rehabilitasi Sosial Catatan: Antrean pagi padat.');
  });
});
