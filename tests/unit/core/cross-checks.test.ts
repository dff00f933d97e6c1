/**
 * Each cross-check rule has a fixture that must fail with its message.
 */
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/core/checks/check-catalog';
import { formatIssue } from '../../../src/core/checks/issue';
import { catalogOf, sopSource, validSopInput } from '../support/fixtures';

const TODAY = '2026-11-23';

function issuesFor(mutate: (input: ReturnType<typeof validSopInput>) => void) {
  const input = validSopInput();
  mutate(input);
  return checkCatalog(catalogOf(sopSource(input)), TODAY);
}

function errorsAt(issues: ReturnType<typeof issuesFor>, path: string) {
  return issues.filter((i) => i.severity === 'error' && i.path === path);
}

type StepInput = Record<string, unknown>;
const steps = (input: ReturnType<typeof validSopInput>) => input.langkah as StepInput[];

describe('cross-checks', () => {
  it('the valid fixture has no error', () => {
    expect(checkCatalog(catalogOf(sopSource(validSopInput())), TODAY).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('every step\'s actor exists (with a suggestion)', () => {
    const issues = issuesFor((i) => (steps(i)[2]!.pelaksana = 'stf'));
    const [e] = errorsAt(issues, 'langkah[2].pelaksana');
    expect(e!.message).toMatch(/Pelaksana "stf" pada langkah ke-3 tidak ada .* Maksud Anda "staf"\?/);
    expect(e!.fix).toMatch(/staf, kabid/);
  });

  it('actor ids are unique', () => {
    const issues = issuesFor((i) => (i.pelaksana as { id: string }[])[1]!.id = 'staf');
    expect(errorsAt(issues, 'pelaksana[1].id')[0]!.message).toMatch(/dipakai dua kali/);
  });

  it('decision targets exist', () => {
    const issues = issuesFor((i) => (steps(i)[1]!.keputusan = { ya: { label: 'Ya', ke: 9 }, tidak: { label: 'Tidak', ke: 'selesai' } }));
    expect(errorsAt(issues, 'langkah[1].keputusan.ya.ke')[0]!.message).toMatch(/menuju langkah 9, padahal SOP ini hanya punya 3 langkah/);
  });

  it('decision targets differ from the step', () => {
    const issues = issuesFor((i) => (steps(i)[1]!.keputusan = { ya: { label: 'Ya', ke: 3 }, tidak: { label: 'Tidak', ke: 2 } }));
    expect(errorsAt(issues, 'langkah[1].keputusan.tidak.ke')[0]!.message).toMatch(/menuju dirinya sendiri/);
  });

  it('both branches of a decision go to different places with different labels', () => {
    let issues = issuesFor((i) => (steps(i)[1]!.keputusan = { ya: { label: 'Ya', ke: 3 }, tidak: { label: 'Tidak', ke: 3 } }));
    expect(errorsAt(issues, 'langkah[1].keputusan')[0]!.message).toMatch(/menuju tempat yang sama/);
    issues = issuesFor((i) => (steps(i)[1]!.keputusan = { ya: { label: 'Ya', ke: 3 }, tidak: { label: 'ya', ke: 'selesai' } }));
    expect(errorsAt(issues, 'langkah[1].keputusan')[0]!.message).toMatch(/berlabel sama/);
  });

  it('the first and last steps are terminators, not decisions', () => {
    const issues = issuesFor((i) => (steps(i)[0]!.keputusan = { ya: { label: 'Ya', ke: 2 }, tidak: { label: 'Tidak', ke: 'selesai' } }));
    expect(errorsAt(issues, 'langkah[0].keputusan')[0]!.message).toMatch(/langkah pertama .*terminator/);
  });

  it('every step is reachable from the first', () => {
    const issues = issuesFor((i) => {
      steps(i).push({ kegiatan: 'Mengarsipkan', pelaksana: 'staf' });
      steps(i)[1]!.keputusan = { ya: { label: 'Ya', ke: 4 }, tidak: { label: 'Tidak', ke: 'selesai' } };
    });
    expect(errorsAt(issues, 'langkah[2]')[0]!.message).toMatch(/Langkah ke-3 tidak dapat dicapai/);
  });

  it('the end is reachable from every step (no closed loop)', () => {
    // 1 -> 2 -> {3, 4}; 3 -> 4; 4 -> {3, 2}: steps 1-4 loop forever, never reach step 5 or the end.
    const issues = issuesFor((i) => {
      steps(i).push({ kegiatan: 'Memeriksa ulang', pelaksana: 'staf' }, { kegiatan: 'Menutup kasus', pelaksana: 'staf' });
      steps(i)[1]!.keputusan = { ya: { label: 'Ya', ke: 3 }, tidak: { label: 'Tidak', ke: 4 } };
      steps(i)[3]!.keputusan = { ya: { label: 'Ulang', ke: 3 }, tidak: { label: 'Kembali', ke: 2 } };
    });
    const errors = issues.filter((x) => x.severity === 'error');
    expect(errors.filter((x) => /tidak pernah sampai ke akhir/.test(x.message)).map((x) => x.path)).toEqual([
      'langkah[0]', 'langkah[1]', 'langkah[2]', 'langkah[3]',
    ]);
    expect(errors.find((x) => x.path === 'langkah[4]')?.message).toMatch(/Langkah ke-5 tidak dapat dicapai/);
    expect(errors.some((x) => /Akhir proses tidak dapat dicapai/.test(x.message))).toBe(true);
  });

  it('nomor is unique per agency', () => {
    const a = sopSource(validSopInput(), 'contoh/a');
    const b = sopSource({ ...validSopInput(), nomor: '462/10/5.6.04/2024' }, 'contoh/b');
    const issues = checkCatalog(catalogOf(a, b), TODAY).filter((i) => i.path === 'nomor');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.file).toBe('sops/contoh/b.mdx');
    expect(issues[0]!.message).toMatch(/sudah dipakai oleh sops\/contoh\/a\.mdx/);
  });

  it('referenced agency, regulations, related SOPs and letter templates exist', () => {
    const issues = issuesFor((i) => {
      i.instansi = 'dinsos-contoh2';
      i.dasar_hukum = ['uu-11-2009', 'uu-12-2009'];
      i.keterkaitan = ['SOP Internal', { sop: 'contoh/tidak-ada' }];
      steps(i)[2]!.surat = ['rekomendasi-jamkesdaa'];
    });
    expect(errorsAt(issues, 'instansi')[0]!.message).toMatch(/"dinsos-contoh2" tidak ditemukan\. Maksud Anda "dinsos-contoh"\?/);
    expect(errorsAt(issues, 'dasar_hukum[1]')[0]!.message).toMatch(/"uu-12-2009" tidak ada di sops\/_data\/dasar-hukum\.yaml/);
    expect(errorsAt(issues, 'keterkaitan[1].sop')[0]!.message).toMatch(/"contoh\/tidak-ada" tidak ditemukan/);
    expect(errorsAt(issues, 'langkah[2].surat[0]')[0]!.message).toMatch(/Maksud Anda "rekomendasi-jamkesda"\?/);
  });

  it('warns (not fails) when the review date has passed', () => {
    const issues = issuesFor((i) => (i.tinjau_ulang = '2025-03-04'));
    const w = issues.find((x) => x.path === 'tinjau_ulang');
    expect(w?.severity).toBe('warning');
    expect(w?.message).toMatch(/sudah lewat/);
    expect(issuesFor((i) => (i.tinjau_ulang = '2027-03-04')).some((x) => x.path === 'tinjau_ulang')).toBe(false);
  });

  it('warns when the signed total differs from the computed one', () => {
    const issues = issuesFor((i) => (i.waktu_total_dokumen = '76 Jam 15 Menit'));
    expect(issues.find((x) => x.path === 'waktu_total_dokumen')?.message).toMatch(/3 hari 45 menit – 7 hari 1 jam 15 menit/);
  });

  it('warns once per placeholder, whole values and inline ones, at its field', () => {
    const issues = issuesFor((i) => {
      i.judul = '[ISI: nama SOP]';
      steps(i)[0]!.kelengkapan = 'Surat [ISI: kata tidak terbaca] Kab/Kota';
    });
    const w = issues.filter((x) => x.file === 'sops/contoh/sop-a.mdx' && x.code === 'penanda-isi');
    expect(w.map((x) => [x.path, x.message])).toEqual([
      ['judul', 'Penanda [ISI: nama SOP] belum diisi.'],
      ['langkah[0].kelengkapan', 'Penanda [ISI: kata tidak terbaca] belum diisi.'],
    ]);
  });

  it('formats an issue with file, line, field path and fix', () => {
    const text = formatIssue({ code: 'contoh', severity: 'error', file: 'sops/a.mdx', line: 12, path: 'langkah[3].pelaksana', message: 'M.', fix: 'F.' });
    expect(text).toBe('KESALAHAN sops/a.mdx:12 — langkah[3].pelaksana\n  M.\n  Perbaiki: F.');
  });
});
