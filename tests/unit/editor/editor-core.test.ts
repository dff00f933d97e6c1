import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z, type ZodTypeAny } from 'zod';
// @ts-expect-error -- Decap's English locale source ships without type declarations.
import en from '../../../node_modules/decap-cms-locales/src/en/index.js';
import { checkEntry, issuesAt } from '../../../src/core/editor/check-entry';
import { dataFields, decapConfig, sopFields, type DecapField } from '../../../src/core/editor/decap-config';
import { buildEditorCatalog, sopFolders } from '../../../src/core/editor/editor-catalog';
import { ORIGINAL_KEY, parseEntryFile, READ_ONLY_KEY, serializeEntryFile } from '../../../src/core/editor/entry-file';
import { AGENCY_FIELDS, EVALUATION_FIELDS, pathLabel, REGULATION_FIELDS, SERVICE_FIELDS, SOP_FIELDS } from '../../../src/core/editor/fields';
import { evaluationRecordSchema } from '../../../src/core/model/evaluation';
import { deleteStep, insertStep, moveStep } from '../../../src/core/editor/step-ops';
import { sopSchema } from '../../../src/core/model/sop';
import { decisionSchema } from '../../../src/core/model/step';
import { agencySchema } from '../../../src/core/model/agency';
import { regulationSchema } from '../../../src/core/model/regulation';
import { serviceSchema } from '../../../src/core/model/service';
import { DATA_WIDGETS } from '../../../src/editor/data-widgets';
import { LOCALE_ID } from '../../../src/editor/locale-id';
import { WIDGETS } from '../../../src/editor/widgets';
import { loadSources } from '../../../src/node/load-sources';

const { catalog } = loadSources(process.cwd());
const snapshot = buildEditorCatalog(catalog);
const FILE = 'sops/tanjungpinang/penanganan-eks-narapidana.mdx';
const ID = 'tanjungpinang/penanganan-eks-narapidana';
const TODAY = '2024-06-01';
const sample = () => parseEntryFile(readFileSync(FILE, 'utf8'));
const frontmatter = (e: Record<string, unknown>) => {
  const { body: _b, [ORIGINAL_KEY]: _o, ...rest } = e;
  return structuredClone(rest) as Record<string, unknown> & {
    nomor: string;
    pelaksana: { id: string; label: string }[];
    langkah: { pelaksana: string; keputusan?: { ya: { ke: unknown }; tidak: { ke: unknown } } }[];
    dasar_hukum: string[];
  };
};

describe('entry file', () => {
  it('reads and writes a sample SOP byte for byte and never writes the editor keys', () => {
    const text = readFileSync(FILE, 'utf8');
    const entry = parseEntryFile(text);
    expect(entry[ORIGINAL_KEY]).toBe(text);
    expect(entry[READ_ONLY_KEY]).toBeUndefined();
    expect(serializeEntryFile(entry)).toBe(text);
    const edited = { ...entry, judul: 'Judul baru' };
    const out = serializeEntryFile(edited);
    expect(out).not.toContain(ORIGINAL_KEY);
    expect(out).toContain('\njudul: Judul baru\n');
  });

  it('shows a decision written in short in its full form, and keterangan: ya as ticked, so the form keeps them', () => {
    const text = [
      '---',
      'judul: X',
      'langkah:',
      '  - kegiatan: Memeriksa berkas',
      '    keputusan:',
      '      ya: 3',
      '      tidak: { label: Kurang, ke: "Langkah 1" }',
      '  - kegiatan: Menolak',
      '    keputusan: { ya: Selesai., tidak: selesai }',
      '---',
      '',
    ].join('\n');
    const entry = parseEntryFile(text) as { langkah: { keputusan?: unknown }[] };
    expect(parseEntryFile('---\nmutu_baku: { keterangan: Ya, waktu: Waktu }\n---\n').mutu_baku).toEqual({ keterangan: true, waktu: 'Waktu' });
    expect(entry.langkah.map((s) => s.keputusan)).toEqual([
      { ya: { label: 'Ya', ke: 3 }, tidak: { label: 'Kurang', ke: 1 } },
      { ya: { label: 'Ya', ke: 'selesai' }, tidak: { label: 'Tidak', ke: 'selesai' } },
    ]);
    // The full form is what the checker's schema reads from the short one.
    for (const step of entry.langkah) expect(decisionSchema.parse(step.keputusan)).toEqual(step.keputusan);
  });

  it('opens MDX with imports read-only and saves it unchanged', () => {
    const text = '---\njudul: X\n---\nimport Peta from "./peta.astro";\n\n<Peta />\n';
    const entry = parseEntryFile(text);
    expect(entry[READ_ONLY_KEY]).toBe(
      'Narasi berkas ini memakai perintah MDX "import"/"export" yang tidak dapat ditampilkan editor. Berkas dibuka hanya-baca agar tidak rusak; ubah dengan penyunting teks.',
    );
    expect(serializeEntryFile({ ...entry, judul: 'Y' })).toBe(text);
  });

  it('writes a new entry with its body after the frontmatter', () => {
    expect(serializeEntryFile({ nomor: '1/2/2025', judul: 'Baru', body: '## C. Ketentuan Umum\n' })).toBe(
      '---\nnomor: 1/2/2025\njudul: Baru\n---\n\n## C. Ketentuan Umum\n',
    );
  });
});

describe('checkEntry runs the checker rules on one entry', () => {
  it('passes a sample SOP without errors', () => {
    const r = checkEntry(ID, FILE, frontmatter(sample()), snapshot, TODAY);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.data?.judul).toBe('Penanganan Eks Narapidana (BWBLP)');
  });

  it('reports an undeclared actor at the step field', () => {
    const fm = frontmatter(sample());
    fm.langkah[2]!.pelaksana = 'kabid-lain';
    const issues = checkEntry(ID, FILE, fm, snapshot, TODAY).issues.filter((i) => i.severity === 'error');
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['langkah[2].pelaksana', 'Pelaksana "kabid-lain" pada langkah ke-3 tidak ada di daftar pelaksana.'],
    ]);
  });

  it('reports a duplicate nomor in the same agency at nomor', () => {
    const fm = frontmatter(sample());
    const other = snapshot.sops.find((s) => s.instansi === 'dinsos-tanjungpinang' && s.id !== ID)!;
    fm.nomor = other.nomor;
    const issues = checkEntry(ID, FILE, fm, snapshot, TODAY).issues.filter((i) => i.path === 'nomor');
    expect(issues.map((i) => i.message)).toEqual([`Nomor SOP "${other.nomor}" sudah dipakai oleh ${other.file} pada instansi yang sama.`]);
  });

  it('reports an unknown regulation and a schema error at their fields', () => {
    const fm = frontmatter(sample());
    fm.dasar_hukum = ['uu-99-2099'];
    (fm as Record<string, unknown>).status = 'aktif';
    const issues = checkEntry(ID, FILE, fm, snapshot, TODAY).issues;
    expect(issues.map((i) => i.path)).toEqual(['status']);
    expect(issues[0]!.message).toBe('Status "aktif" tidak dikenal. Maksud Anda "berlaku"? Status harus "draf", "berlaku", "digantikan" atau "dicabut".');
    (fm as Record<string, unknown>).status = 'draf';
    const again = checkEntry(ID, FILE, fm, snapshot, TODAY).issues.filter((i) => i.severity === 'error');
    expect(again.map((i) => i.path)).toEqual(['dasar_hukum[0]']);
  });

  it('gives no second error for an SOP or regulation whose own file is broken, as npm run check does', () => {
    const fm = frontmatter(sample()) as Record<string, unknown>;
    fm.keterkaitan = [{ sop: 'medan/rusak' }];
    fm.dasar_hukum = ['perda-rusak'];
    const errors = (snap: typeof snapshot) => checkEntry(ID, FILE, fm, snap, TODAY).issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path]);
    expect(errors(snapshot)).toEqual([
      ['dasar-hukum-tidak-ada', 'dasar_hukum[0]'],
      ['keterkaitan-tidak-ada', 'keterkaitan[0].sop'],
    ]);
    const broken = { ...snapshot, broken: { agencies: [], regulations: ['perda-rusak'], sops: ['medan/rusak'] } };
    expect(errors(broken)).toEqual([]);
    // The snapshot carries what the loaded catalog found broken.
    const built = buildEditorCatalog({ ...catalog, broken: { agencies: new Set(['dinsos-x']), regulations: new Set(), sops: new Set(['medan/rusak', 'a/b']) } });
    expect(built.broken).toEqual({ agencies: ['dinsos-x'], regulations: [], sops: ['a/b', 'medan/rusak'] });
  });

  it('issuesAt finds issues inside a field, including lists of paths', () => {
    const issue = { code: 'contoh', severity: 'warning' as const, file: FILE, path: 'judul, langkah[1].waktu', message: 'm', fix: 'f' };
    expect(issuesAt([issue], 'langkah').length).toBe(1);
    expect(issuesAt([issue], 'judul').length).toBe(1);
    expect(issuesAt([issue], 'langkah[0]').length).toBe(0);
  });
});

describe('pathLabel names a checker path in the form\'s words', () => {
  it('numbers list items from 1 and keeps a nested label that already says its parent', () => {
    expect(pathLabel('langkah[0].pelaksana')).toBe('Langkah 1 › Pelaksana');
    expect(pathLabel('langkah[0].pelaksana[1]')).toBe('Langkah 1 › Pelaksana 2');
    expect(pathLabel('langkah[1].keputusan.ya.ke')).toBe('Langkah 2 › Keputusan › Cabang ya › Ke langkah');
    expect(pathLabel('tanggal.efektif')).toBe('Tanggal efektif');
    expect(pathLabel('nomor')).toBe('Nomor SOP');
    expect(pathLabel('judul, langkah')).toBe('Nama SOP');
    expect(pathLabel('')).toBe('Berkas');
  });
});

describe('step operations keep branch targets', () => {
  const steps = () => [
    { kegiatan: 'a' },
    { kegiatan: 'b', keputusan: { ya: { label: 'Ya', ke: 4 as number | 'selesai' }, tidak: { label: 'Tidak', ke: 1 as number | 'selesai' } } },
    { kegiatan: 'c' },
    { kegiatan: 'd' },
  ];
  it('insert renumbers targets after the insertion point', () => {
    const r = insertStep(steps(), 1, { kegiatan: 'baru' });
    expect(r.steps.map((s) => s.kegiatan)).toEqual(['a', 'baru', 'b', 'c', 'd']);
    expect(r.steps[2]!.keputusan).toEqual({ ya: { label: 'Ya', ke: 5 }, tidak: { label: 'Tidak', ke: 1 } });
    expect(r.lost).toEqual([]);
  });
  it('move follows the moved steps', () => {
    const r = moveStep(steps(), 3, 2);
    expect(r.steps[1]!.keputusan).toEqual({ ya: { label: 'Ya', ke: 3 }, tidak: { label: 'Tidak', ke: 1 } });
  });
  it('delete flags a target it cannot keep', () => {
    const r = deleteStep(steps(), 3);
    expect(r.steps[1]!.keputusan).toEqual({ ya: { label: 'Ya' }, tidak: { label: 'Tidak', ke: 1 } });
    expect(r.lost).toEqual(['Cabang ya langkah 2 menunjuk langkah 4 yang dihapus; pilih tujuan baru.']);
  });
});

/** Field paths of a zod schema: "a", "a.b", "list[].c". */
function schemaPaths(schema: ZodTypeAny, prefix = ''): string[] {
  let s: ZodTypeAny = schema;
  for (;;) {
    if (s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s._def.innerType;
    else if (s instanceof z.ZodEffects) s = s._def.schema;
    else break;
  }
  if (s instanceof z.ZodArray) return schemaPaths(s.element, `${prefix}[]`);
  if (s instanceof z.ZodUnion) return (s._def.options as ZodTypeAny[]).flatMap((o) => schemaPaths(o, prefix));
  if (!(s instanceof z.ZodObject)) return [];
  return Object.entries(s.shape as Record<string, ZodTypeAny>).flatMap(([k, v]) => {
    const p = prefix ? `${prefix}.${k}` : k;
    return [p, ...schemaPaths(v, p)];
  });
}

describe('one field list for the schema, the editor and the README', () => {
  it('every schema field has an editor field and every editor field a schema field', () => {
    const fromSchema = [...new Set(schemaPaths(sopSchema))].sort();
    expect(Object.keys(SOP_FIELDS).sort()).toEqual(fromSchema);
  });

  it('every agency schema field has an editor field and every editor field a schema field', () => {
    expect(Object.keys(AGENCY_FIELDS).sort()).toEqual([...new Set(schemaPaths(agencySchema))].sort());
  });

  it('every service schema field has an editor field and every editor field a schema field', () => {
    expect(Object.keys(SERVICE_FIELDS).sort()).toEqual([...new Set(schemaPaths(serviceSchema))].sort());
  });

  it('every monitoring/evaluation record field has an editor field and every editor field a schema field', () => {
    expect(Object.keys(EVALUATION_FIELDS).sort()).toEqual([...new Set(schemaPaths(evaluationRecordSchema))].sort());
  });

  it('every regulation schema field is a column of the regulations list, plus the id (the map key)', () => {
    const columns = Object.keys(REGULATION_FIELDS).filter((p) => p.startsWith('peraturan[].')).map((p) => p.slice('peraturan[].'.length));
    expect(columns.sort()).toEqual(['id', ...schemaPaths(regulationSchema)].sort());
    expect(Object.keys(REGULATION_FIELDS).filter((p) => !p.startsWith('peraturan[].'))).toEqual(['peraturan']);
  });

  it('every form field uses a registered widget and every widget is used', () => {
    const used = new Set<string>();
    const walk = (fs: DecapField[]) => fs.forEach((f) => (used.add(f.widget), f.fields && walk(f.fields)));
    walk(sopFields());
    walk(dataFields(AGENCY_FIELDS));
    walk(dataFields(SERVICE_FIELDS));
    walk(dataFields(REGULATION_FIELDS));
    walk(dataFields(EVALUATION_FIELDS));
    const builtIn = ['object', 'hidden'];
    const registered = { ...WIDGETS, ...DATA_WIDGETS };
    expect([...used].filter((w) => !builtIn.includes(w) && !(w in registered))).toEqual([]);
    expect(Object.keys(registered).filter((w) => !used.has(w))).toEqual([]);
  });

  it("the README's agency and regulation lists show every field", () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = readme.slice(readme.indexOf('### Agencies and regulations'), readme.indexOf('Which files are SOPs'));
    const agencyTop = Object.keys(AGENCY_FIELDS).filter((p) => !p.includes('.'));
    expect(agencyTop.filter((k) => !new RegExp(`^\\s*${k}:`, 'm').test(block))).toEqual([]);
    const regulation = schemaPaths(regulationSchema);
    expect(regulation.filter((k) => !new RegExp(`\\b${k}\\b`).test(block.slice(block.indexOf('dasar-hukum.yaml'))))).toEqual([]);
  });

  it("the README's field list shows every top-level field", () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = readme.slice(readme.indexOf('### Frontmatter fields'), readme.indexOf('### Waktu and the total time'));
    const top = Object.keys(SOP_FIELDS).filter((p) => !p.includes('.') && !p.includes('['));
    expect(top.filter((k) => !new RegExp(`^${k}:`, 'm').test(block))).toEqual([]);
  });

  it('the Decap config has one SOP collection per folder with the editorial workflow', () => {
    expect(sopFolders(snapshot)).toEqual([
      { folder: 'provinsi', instansi: 'dinsos-provinsi' },
      { folder: 'tanjungpinang', instansi: 'dinsos-tanjungpinang' },
    ]);
    const config = decapConfig(snapshot, { name: 'gitea', repo: 'dinsos/sop', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.locale).toBe('id');
    expect(config.collections.map((c) => [c.name, c.folder, c.format])).toEqual([
      ['sop-provinsi', 'sops/provinsi', 'sop-mdx'],
      ['sop-tanjungpinang', 'sops/tanjungpinang', 'sop-mdx'],
      ['instansi', 'sops/_data/instansi', 'data-yaml'],
      ['layanan', 'sops/_layanan', 'data-yaml'],
      ['dasar-hukum', undefined, 'dasar-hukum-yaml'],
    ]);
    const regulations = config.collections[4] as { files?: { file: string }[] };
    expect(regulations.files?.map((f) => f.file)).toEqual(['sops/_data/dasar-hukum.yaml']);
  });
});

describe('Indonesian locale', () => {
  const keys = (o: object, p = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v as object, `${p}${k}.`) : [`${p}${k}`]));
  it("covers every key of Decap's English locale", () => {
    expect(keys(LOCALE_ID).sort()).toEqual(keys(en as object).sort());
  });
  it('names the workflow states Draf, Ditinjau, Siap terbit', () => {
    expect(LOCALE_ID.workflow.workflowList).toMatchObject({ draftHeader: 'Draf', inReviewHeader: 'Ditinjau', readyHeader: 'Siap terbit' });
    expect(LOCALE_ID.editor.editorToolbar).toMatchObject({ draft: 'Draf', inReview: 'Ditinjau', ready: 'Siap terbit' });
  });
});
