/**
 * What the browser editor knows about the rest of the project: a JSON snapshot written when the
 * editor starts (scripts/editor.ts) from the same loaded catalog `npm run check` uses. The
 * editor's pickers list from it and check-entry.ts rebuilds a catalog from it for the checks.
 */
import type { Catalog } from '../catalog/catalog';
import { agencyShortName } from '../model/agency-names';
import type { Agency } from '../model/agency';
import { citationId, regulationShortTitle, regulationTitle, type Regulation } from '../model/regulation';
import type { SopFrontmatter } from '../model/sop';

export interface EditorCatalog {
  agencies: { id: string; nama: string; singkatan: string; file: string; data: Agency }[];
  regulations: { id: string; judul: string; singkat: string; data: Regulation }[];
  regulationsFile: string;
  /**
   * `dasar_hukum`: the ids of the regulations the SOP cites (for the regulations form's checks);
   * `status`: for the service form's check of revoked SOPs; with `digantikan_oleh`, for the
   * checks of an SOP's successor (status-rules.ts).
   * `published`: the SOP as the branch the editor publishes to holds it (the working tree when the
   * editor started), which a reviewer compares the entry with (diff/review-diff.ts).
   */
  sops: {
    id: string;
    file: string;
    instansi: string;
    nomor: string;
    judul: string;
    bidang: string;
    status?: string;
    digantikan_oleh?: string;
    dasar_hukum?: string[];
    published?: { data: SopFrontmatter; body: string };
  }[];
  /** Letter template ids and titles; undefined = letters not checked. */
  letters?: { id: string; judul: string }[];
  /** Files under public/ as site paths ("/logo/medan.png"), for the logo check; undefined = not checked. */
  publicFiles?: string[];
  /** Recorded monitoring and evaluation files (sops/_data/evaluasi/), editable when they exist. */
  evaluations?: { file: string; sopId: string; date: string }[];
  /**
   * What exists but could not be read (Catalog.broken): an entry naming it gets no second error,
   * as in `npm run check`.
   */
  broken?: { agencies: string[]; regulations: string[]; regulationsFile?: boolean; sops: string[] };
}

export function buildEditorCatalog(
  catalog: Catalog,
  letterTitles: ReadonlyMap<string, string> = new Map(),
  publicFiles?: readonly string[],
): EditorCatalog {
  return {
    agencies: [...catalog.agencies.values()].map((a) => ({ id: a.id, nama: a.data.nama, singkatan: agencyShortName(a.data), file: a.file, data: a.data })),
    regulations: [...catalog.regulations.entries()].map(([id, r]) => ({ id, judul: regulationTitle(r), singkat: regulationShortTitle(r), data: r })),
    regulationsFile: catalog.regulationsFile,
    sops: catalog.sops.map((s) => ({
      id: s.id,
      file: s.file,
      instansi: s.data.instansi,
      nomor: s.data.nomor,
      judul: s.data.judul,
      bidang: s.data.bidang ?? '',
      status: s.data.status,
      ...(s.data.digantikan_oleh ? { digantikan_oleh: s.data.digantikan_oleh } : {}),
      dasar_hukum: [...new Set(s.data.dasar_hukum.map(citationId))],
      published: { data: s.data, body: s.body },
    })),
    letters: catalog.letterTemplates
      ? [...catalog.letterTemplates].sort().map((id) => ({ id, judul: letterTitles.get(id) ?? id }))
      : undefined,
    ...(publicFiles ? { publicFiles: [...publicFiles] } : {}),
    ...(catalog.broken
      ? {
          broken: {
            agencies: [...catalog.broken.agencies].sort(),
            regulations: [...catalog.broken.regulations].sort(),
            ...(catalog.broken.regulationsFile ? { regulationsFile: true } : {}),
            sops: [...(catalog.broken.sops ?? [])].sort(),
          },
        }
      : {}),
    ...(catalog.evaluations?.length
      ? { evaluations: catalog.evaluations.map((e) => ({ file: e.file, sopId: e.sopId, date: e.date })).sort((a, b) => (a.file < b.file ? -1 : 1)) }
      : {}),
  };
}

/** Folders under sops/ holding SOPs, each with the agency most of its SOPs belong to. */
export function sopFolders(snapshot: EditorCatalog): { folder: string; instansi: string }[] {
  const byFolder = new Map<string, Map<string, number>>();
  for (const s of snapshot.sops) {
    const folder = s.id.includes('/') ? s.id.slice(0, s.id.lastIndexOf('/')) : '';
    const counts = byFolder.get(folder) ?? new Map<string, number>();
    counts.set(s.instansi, (counts.get(s.instansi) ?? 0) + 1);
    byFolder.set(folder, counts);
  }
  return [...byFolder.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([folder, counts]) => ({ folder, instansi: [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0] }));
}
