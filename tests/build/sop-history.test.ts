/**
 * The SOP history from git on a temporary repository (tests/.out/history-project): one SOP
 * committed three times with fixed author dates (v1; v2 adds a step; v3 renames an actor and
 * changes a time), published once. The history page lists the revisions with what each changed,
 * the old versions keep a page with their notice and a watermarked PDF, and the SOP page links its
 * history. A second SOP, in an agency that shows authors, has one commit. Also the git reader on
 * a shallow clone and outside a repository.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gitFileHistory } from '../../src/node/history/git-file-history';
import { publish } from '../../src/node/publish/publish';
import { scaffoldProject, syntheticSopMdx } from '../../testkit/synthetic';
import { ROOT, TEST_OUT } from '../../testkit/paths';
import { pdfInfo, pdfText, squash } from '../support/pdf';
import { axeViolations } from '../../testkit/axe';
import { openSite } from '../../testkit/browser';

const DIR = join(TEST_OUT, 'history-project');
const OUT = join(DIR, 'out');
const SOP = 'sintetis-a/surat-keterangan';
const FILE = `sops/${SOP}.mdx`;
const OTHER = 'sintetis-b/satu-versi';
/** A 1 x 1 PNG. */
const PICTURE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

interface Version {
  revisi?: string;
  notes: [string, string][];
  actor2: string;
  steps: { kegiatan: string; pelaksana: string; waktu: string }[];
}

function sopMdx(v: Version): string {
  const front = [
    'nomor: 460/7/SINT/2024',
    'judul: Pelayanan Surat Keterangan',
    'instansi: dinsos-sintetis-a',
    'status: berlaku',
    'tanggal:',
    '  pembuatan: 2024-01-05',
    ...(v.revisi ? [`  revisi: ${v.revisi}`] : []),
    '  efektif: 2024-01-10',
    'sasaran: Warga pemohon surat keterangan',
    'dasar_hukum: [uu-11-2009]',
    'kualifikasi_pelaksana: [Memahami tata cara pelayanan]',
    'keterkaitan: []',
    'peralatan: [Komputer]',
    'peringatan: []',
    'pencatatan: [Buku register surat]',
    v.notes.length ? 'riwayat_revisi:' : 'riwayat_revisi: []',
    ...v.notes.map(([t, p]) => `  - { tanggal: ${t}, perubahan: ${p} }`),
    'pelaksana:',
    '  - { id: staf-adm, label: Staf ADM }',
    `  - { id: peksos, label: ${v.actor2} }`,
    'langkah:',
    ...v.steps.flatMap((s) => [`  - kegiatan: ${s.kegiatan}`, `    pelaksana: ${s.pelaksana}`, `    waktu: ${s.waktu}`, '    output: Berkas']),
  ];
  // The author's comment is in every version: neither the page in force nor an old one shows it.
  return `---\n${front.join('\n')}\n---\n\n## C. Ketentuan Umum\n\n{/* Catatan penyusun: disalin dari dokumen 2023. */}\n\nSurat keterangan diberikan kepada warga yang terdaftar.\n`;
}

const V1: Version = {
  notes: [],
  actor2: 'Pekerja Sosial',
  steps: [
    { kegiatan: 'Menerima berkas permohonan', pelaksana: 'staf-adm', waktu: '15 menit' },
    { kegiatan: 'Memeriksa kelengkapan berkas', pelaksana: 'peksos', waktu: '30 menit' },
    { kegiatan: 'Menyerahkan surat keterangan', pelaksana: 'staf-adm', waktu: '10 menit' },
  ],
};
const V2: Version = {
  revisi: '2024-06-01',
  notes: [['2024-06-01', 'Menambah langkah verifikasi lapangan']],
  actor2: 'Pekerja Sosial',
  steps: [V1.steps[0]!, V1.steps[1]!, { kegiatan: 'Melakukan verifikasi lapangan', pelaksana: 'peksos', waktu: '1 jam' }, V1.steps[2]!],
};
const V3: Version = {
  revisi: '2025-01-15',
  notes: [...V2.notes, ['2025-01-15', 'Waktu pemeriksaan berkas menjadi 45 menit']],
  actor2: 'Pekerja Sosial Ahli',
  steps: [V2.steps[0]!, { ...V2.steps[1]!, waktu: '45 menit' }, V2.steps[2]!, V2.steps[3]!],
};

function git(args: string[], date?: string): string {
  return execFileSync('git', ['-c', 'user.name=Rina Penulis', '-c', 'user.email=rina@contoh.go.id', '-c', 'commit.gpgsign=false', ...args], {
    cwd: DIR,
    encoding: 'utf8',
    env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: `${date}T09:00:00+07:00`, GIT_COMMITTER_DATE: `${date}T09:00:00+07:00` } : {}) },
  });
}

const html = (path: string) => readFileSync(join(OUT, path, 'index.html'), 'utf8');
const text = (fragment: string) => squash(fragment.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"')).replace(/ ([.,;:)])/g, '$1');
/** The markup of the element with this id. */
function byId(page: string, id: string): string {
  const open = new RegExp(`<(\\w+)[^>]*\\bid="${id}"[^>]*>`).exec(page);
  if (!open) return '';
  const tag = open[1]!;
  let depth = 0;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = open.index;
  for (let m = re.exec(page); m; m = re.exec(page)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return page.slice(open.index, m.index + m[0].length);
  }
  return '';
}
let commits: string[] = [];

beforeAll(async () => {
  scaffoldProject(DIR, ROOT);
  // Agency b shows the authors of changes; agency a keeps the default (hidden).
  const agencyB = join(DIR, 'sops/_data/instansi/dinsos-sintetis-b.yaml');
  writeFileSync(agencyB, `${readFileSync(agencyB, 'utf8')}riwayat_tampilkan_penulis: true\n`);
  mkdirSync(join(DIR, 'sops/sintetis-a'), { recursive: true });
  mkdirSync(join(DIR, 'sops/sintetis-b'), { recursive: true });
  writeFileSync(join(DIR, '.gitignore'), 'node_modules/\nout/\n.out*\n.astro/\n');
  git(['init', '-q', '-b', 'main']);
  // A picture beside the SOP, shown by its narrative; a hidden folder's picture and a broken link are not published.
  writeFileSync(join(DIR, `sops/${OTHER}.mdx`), `${syntheticSopMdx({ steps: 3, actors: 2, seed: 5, instansi: 'dinsos-sintetis-b', nomor: '460/1/SINT/2024', judul: 'Pelayanan Satu Versi' })}\n![Alur layanan](./alur.png)\n`);
  writeFileSync(join(DIR, 'sops/sintetis-b/alur.png'), PICTURE);
  mkdirSync(join(DIR, 'sops/sintetis-b/.draf'), { recursive: true });
  writeFileSync(join(DIR, 'sops/sintetis-b/.draf/lama.png'), PICTURE);
  symlinkSync(join(DIR, 'tidak-ada.png'), join(DIR, 'sops/sintetis-b/putus.png'));
  writeFileSync(join(DIR, FILE), sopMdx(V1));
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'Terbitkan SOP pelayanan surat keterangan'], '2024-01-15');
  writeFileSync(join(DIR, FILE), sopMdx(V2));
  git(['commit', '-q', '-am', 'Revisi: tambah verifikasi lapangan'], '2024-06-03');
  writeFileSync(join(DIR, FILE), sopMdx(V3));
  git(['commit', '-q', '-am', 'Revisi: waktu pemeriksaan dan nama pelaksana'], '2025-01-20');
  commits = git(['log', '--format=%h', '--abbrev=7']).trim().split('\n');
  await publish({ root: DIR, outDir: 'out', log: () => {} });
}, 600_000);

describe('the history page /sop/<id>/riwayat/', () => {
  it('lists the three revisions, newest first, with date, their revision note or what they changed, commit and version', () => {
    const page = html(`sop/${SOP}/riwayat`);
    const entries = [...page.matchAll(/<article class="sop-history__entry"[^>]*data-commit="([0-9a-f]+)" data-state="(\w[\w-]*)"[^>]*>[\s\S]*?<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => [
      m[1]!.slice(0, 7),
      m[2],
      text(m[3]!),
    ]);
    expect(entries).toEqual([
      [commits[0], 'compared', '20 Januari 2025 · Waktu pemeriksaan berkas menjadi 45 menit'],
      [commits[1], 'compared', '3 Juni 2024 · Menambah langkah verifikasi lapangan'],
      [commits[2], 'first', '15 Januari 2024 · Versi pertama yang tercatat'],
    ]);
    const meta = (commit: string) => text(byId(page, `revisi-${commit}`).match(/<dl class="sop-history__meta">[\s\S]*?<\/dl>/)![0]);
    expect(meta(commits[0]!)).toBe(`Commit ${commits[0]} Versi berlaku Versi 3 (versi saat ini)`);
    expect(meta(commits[1]!)).toBe(`Commit ${commits[1]} Versi berlaku Versi 2 (versi lama)`);
    expect(meta(commits[2]!)).toBe(`Commit ${commits[2]} Versi berlaku Versi 1 (versi lama)`);
    expect(text(byId(page, `revisi-${commits[1]}`).match(/<div class="sop-history__notes">[\s\S]*?<\/div>/)![0])).toBe(
      'Catatan revisi 1 Juni 2024: Menambah langkah verifikasi lapangan',
    );
    // Agency a does not show authors.
    expect(page).toContain('<p>3 revisi tercatat di git, terbaru lebih dulu.');
    expect(page).not.toContain('Rina Penulis');
    expect(page).not.toContain('data-author');
    expect(page).not.toContain('data-commit-message');
    expect(page).not.toContain('Revisi: tambah verifikasi lapangan');
  });

  it('shows what each revision changed, insertions and deletions in words', () => {
    const page = html(`sop/${SOP}/riwayat`);
    const legend = 'Tanda: + ditambah: teks yang ditambah − dihapus: teks yang dihapus';
    expect(text(byId(page, `perubahan-${commits[1]}`))).toBe(
      'Perubahan dibanding revisi sebelumnya ' +
        `2 isian identitas diubah, 1 langkah ditambah dan total waktu berubah. ${legend} ` +
        'Identitas Tanggal revisi + ditambah: 1 Juni 2024 (sebelumnya kosong) ' +
        'Riwayat revisi + ditambah: 1 Juni 2024: Menambah langkah verifikasi lapangan ' +
        'Langkah Ditambah Langkah 3: Melakukan verifikasi lapangan Pelaksana Pekerja Sosial Kelengkapan - Waktu 1 jam Output Berkas ' +
        'Total waktu Sebelumnya − dihapus: 55 menit, kini + ditambah: 1 jam 55 menit.',
    );
    expect(text(byId(page, `perubahan-${commits[0]}`))).toBe(
      'Perubahan dibanding revisi sebelumnya ' +
        `2 isian identitas diubah, 1 pelaksana diganti nama, 1 langkah diubah dan total waktu berubah. ${legend} ` +
        'Identitas Tanggal revisi − dihapus: 1 Juni 2024 + ditambah: 15 Januari 2025 ' +
        'Riwayat revisi + ditambah: 15 Januari 2025: Waktu pemeriksaan berkas menjadi 45 menit ' +
        'Pelaksana Diganti nama Pekerja Sosial + ditambah: Ahli ' +
        'Langkah Diubah Langkah 2: Memeriksa kelengkapan berkas Waktu − dihapus: 30 + ditambah: 45 menit ' +
        'Total waktu Sebelumnya − dihapus: 1 jam 55 menit, kini + ditambah: 2 jam 10 menit.',
    );
    // Insertions and deletions are <ins>/<del> with a visible sign, not colour alone.
    expect(byId(page, `perubahan-${commits[0]}`)).toContain(
      '<del class="sop-diff__del"><span class="sop-diff__sign" aria-hidden="true">−</span><span class="visually-hidden">dihapus: </span>30</del>',
    );
  });

  it('draws the revision\'s flowchart with the changed rows marked in words', () => {
    const page = html(`sop/${SOP}/riwayat`);
    const entry = byId(page, `revisi-${commits[1]}`);
    const marked = [...entry.matchAll(/<tr class="swl-row"[^>]*data-step="(\d+)"[^>]*data-diff="(\w+)"[^>]*>[\s\S]*?<span class="swl-mark[^"]*">([^<]+)<\/span>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(marked).toEqual([['3', 'added', 'Baru']]);
    expect(entry).toMatch(/<details class="sop-history__flowchart">/);
    const newest = byId(page, `revisi-${commits[0]}`);
    expect(newest).toMatch(/<details class="sop-history__flowchart" open>/);
  });

  it('keeps the revision notes of the document and links the old versions with their PDFs', () => {
    const page = html(`sop/${SOP}/riwayat`);
    expect(text(page.match(/<section class="sop-history__versions"[\s\S]*?<\/section>/)![0])).toBe(
      'Versi Lama Versi 1: berlaku sejak 10 Januari 2024, tidak berlaku sejak 1 Juni 2024 · PDF versi 1 ' +
        'Versi 2: berlaku sejak 1 Juni 2024, tidak berlaku sejak 15 Januari 2025 · PDF versi 2',
    );
    expect([...page.matchAll(/href="(\/(?:sop|pdf)\/sintetis-a\/surat-keterangan\/v[^"]*)"/g)].map((m) => m[1])).toEqual([
      '/sop/sintetis-a/surat-keterangan/v/1/',
      '/pdf/sintetis-a/surat-keterangan/v1.pdf',
      '/sop/sintetis-a/surat-keterangan/v/2/',
      '/pdf/sintetis-a/surat-keterangan/v2.pdf',
      '/sop/sintetis-a/surat-keterangan/v/2/',
      '/sop/sintetis-a/surat-keterangan/v/1/',
    ]);
    expect(page).not.toMatch(/<script/);
  });

  it('shows the author when the agency turns it on', () => {
    const page = html(`sop/${OTHER}/riwayat`);
    expect(text(page.match(/<dl class="sop-history__meta">[\s\S]*?<\/dl>/)![0])).toBe(
      `Commit ${commits[2]} Penulis Rina Penulis Pesan commit Terbitkan SOP pelayanan surat keterangan Versi berlaku Versi 1 (versi saat ini)`,
    );
    expect(page).toContain('Versi tertua yang tercatat di git');
  });

  it('is linked from the SOP page', () => {
    const page = html(`sop/${SOP}`);
    expect(page).toContain('<a class="sop-history-link" href="/sop/sintetis-a/surat-keterangan/riwayat/">');
  });
});

describe('old versions /sop/<id>/v/<n>/ and /pdf/<id>/v<n>.pdf', () => {
  it('keeps a page per old version with its notice, its content and what changed since', () => {
    const page = html(`sop/${SOP}/v/1`);
    expect(text(page.match(/<p class="notice notice--warning sop-old-version-notice"[\s\S]*?<\/p>/)![0])).toBe(
      'Versi lama, tidak berlaku sejak 1 Juni 2024. Halaman ini menyimpan versi 1 sebagaimana berlaku dahulu, untuk arsip. Lihat versi yang berlaku saat ini · riwayat perubahan.',
    );
    expect([...page.matchAll(/<tr class="swl-row"[^>]*data-step="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    expect(page).toContain('Surat keterangan diberikan kepada warga yang terdaftar.');
    // The narrative is read as MDX, as on the SOP page: the author's comment stays hidden.
    expect(page).not.toContain('Catatan penyusun');
    expect(html(`sop/${SOP}`)).not.toContain('Catatan penyusun');
    expect(text(page.match(/<h2 id="perubahan-ke-versi-saat-ini-judul">[\s\S]*?<\/p>/)![0])).toBe(
      'Perubahan dari versi ini hingga versi saat ini ' +
        '2 isian identitas diubah, 1 pelaksana diganti nama, 1 langkah ditambah, 1 langkah diubah dan total waktu berubah.',
    );
    expect(page).not.toContain('data-pagefind-body');
    expect(existsSync(join(OUT, 'sop', SOP, 'v', '3'))).toBe(false);
  });

  it('prints each old version into a PDF with the watermark and the notice on every page', () => {
    const file = join(OUT, 'pdf', SOP, 'v2.pdf');
    const pages = pdfText(file).split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBe(3);
    for (const p of pages) {
      // The watermark runs along the diagonal: pdftotext gives it letter by letter.
      expect(p.replace(/\s+/g, '')).toContain('TIDAKBERLAKU');
      expect(squash(p)).toContain('SOP Nomor 460/7/SINT/2024 — Versi lama, tidak berlaku sejak 15 Januari 2025');
    }
    const all = squash(pdfText(file));
    expect(all).toContain('Versi lama, tidak berlaku sejak 15 Januari 2025. Versi 2 ini disimpan untuk arsip; gunakan versi yang berlaku.');
    expect(all).toContain('Melakukan verifikasi lapangan');
    expect(all).not.toContain('45 menit');
    expect(all).not.toContain('Catatan penyusun');
    expect(pdfInfo(file).Title).toBe('SOP Pelayanan Surat Keterangan');
    // The version in force has neither.
    const current = squash(pdfText(join(OUT, 'pdf', `${SOP}.pdf`)));
    expect(current.replace(/\s+/g, '')).not.toContain('TIDAKBERLAKU');
    expect(current).not.toContain('Versi lama');
    expect(current).toContain('45 menit');
    const manifest = JSON.parse(readFileSync(join(OUT, 'pdf', 'manifest.json'), 'utf8')) as { sop: Record<string, unknown>; buku: Record<string, { sop: string[] }> };
    expect(Object.keys(manifest.sop).sort()).toEqual([SOP, `${SOP}/v1`, `${SOP}/v2`, OTHER]);
    expect(manifest.buku['dinsos-sintetis-a']!.sop).toEqual([SOP]);
  });
});

describe('pictures beside an SOP', () => {
  it('are published under /gambar-sop/ where the narrative shows them; hidden folders and broken links are not', () => {
    expect(html(`sop/${OTHER}`)).toContain('<img src="/gambar-sop/sintetis-b/alur.png" alt="Alur layanan">');
    expect(readFileSync(join(DIR, 'out/gambar-sop/sintetis-b/alur.png')).equals(PICTURE)).toBe(true);
    expect(existsSync(join(DIR, 'out/gambar-sop/sintetis-b/.draf'))).toBe(false);
    expect(existsSync(join(DIR, 'out/gambar-sop/sintetis-b/putus.png'))).toBe(false);
  });
});

describe('accessibility', () => {
  it('the history page and an old version pass axe, at 1280 and 360 px', async () => {
    const site = await openSite(OUT);
    try {
      const all: string[] = [];
      for (const width of [1280, 360]) {
        const page = await site.newPage(width, 900);
        for (const path of [`/sop/${SOP}/riwayat/`, `/sop/${SOP}/v/1/`]) {
          await page.goto(site.url(path), { waitUntil: 'load' });
          all.push(...(await axeViolations(page)).map((v) => `${width} ${path}: ${v}`));
        }
        await page.close();
      }
      expect(all).toEqual([]);
    } finally {
      await site.close();
    }
  }, 120_000);
});

describe('the git reader', () => {
  it('follows a file through a rename, in a project below the top of its repository', () => {
    const repo = mkdtempSync(join(tmpdir(), 'sop-ganti-nama-'));
    try {
      const run = (args: string[], date: string) =>
        execFileSync('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@contoh.go.id', '-c', 'commit.gpgsign=false', ...args], {
          cwd: repo,
          env: { ...process.env, GIT_AUTHOR_DATE: `${date}T08:00:00+07:00`, GIT_COMMITTER_DATE: `${date}T08:00:00+07:00` },
        });
      run(['init', '-q'], '2024-01-01');
      mkdirSync(join(repo, 'situs/sops/a'), { recursive: true });
      writeFileSync(join(repo, 'situs/sops/a/lama.mdx'), sopMdx(V1));
      run(['add', '-A'], '2024-01-01');
      run(['commit', '-q', '-m', 'Pertama'], '2024-01-01');
      run(['mv', 'situs/sops/a/lama.mdx', 'situs/sops/a/baru.mdx'], '2024-02-01');
      run(['commit', '-q', '-m', 'Ganti nama berkas'], '2024-02-01');
      writeFileSync(join(repo, 'situs/sops/a/baru.mdx'), sopMdx(V2));
      run(['commit', '-q', '-am', 'Revisi'], '2024-03-01');
      const h = gitFileHistory(join(repo, 'situs'), 'sops/a/baru.mdx');
      expect(h.available && h.versions.map((v) => [v.date, v.subject, v.text === sopMdx(V2)])).toEqual([
        ['2024-01-01', 'Pertama', false],
        ['2024-02-01', 'Ganti nama berkas', false],
        ['2024-03-01', 'Revisi', true],
      ]);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('says a shallow clone is cut off, and a folder outside git has no history', () => {
    const shallow = join(TEST_OUT, 'history-shallow');
    execFileSync('rm', ['-rf', shallow]);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${DIR}`, shallow]);
    expect(gitFileHistory(shallow, FILE)).toEqual({ available: false, reason: 'shallow' });
    const plain = mkdtempSync(join(tmpdir(), 'sop-tanpa-git-'));
    try {
      expect(gitFileHistory(plain, FILE)).toEqual({ available: false, reason: 'not-repository' });
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
    const full = gitFileHistory(DIR, FILE);
    expect(full.available && full.versions.map((v) => [v.date, v.author, v.subject])).toEqual([
      ['2024-01-15', 'Rina Penulis', 'Terbitkan SOP pelayanan surat keterangan'],
      ['2024-06-03', 'Rina Penulis', 'Revisi: tambah verifikasi lapangan'],
      ['2025-01-20', 'Rina Penulis', 'Revisi: waktu pemeriksaan dan nama pelaksana'],
    ]);
  });
});
