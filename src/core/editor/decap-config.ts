/**
 * The Decap CMS configuration, built from the field list (fields.ts) and the catalog snapshot:
 * one SOP collection per folder under sops/, the custom MDX format, editorial workflow on git
 * branches, Indonesian locale. The backend part differs between the local backend and hosted git.
 */
import { BODY_KEY, ORIGINAL_KEY, parseEntryFile, READ_ONLY_KEY } from './entry-file';
import { newSopText } from './new-sop';
import { isPlaceholder } from '../model/placeholder';
import { sopFolders, type EditorCatalog } from './editor-catalog';
import { AGENCY_FIELDS, EVALUATION_FIELDS, REGULATION_FIELDS, SERVICE_FIELDS, SOP_FIELDS, type FieldList, type FieldSpec } from './fields';
import { DATA_FORMAT, REGULATIONS_FORMAT } from './data-file';
import { AGENCIES_DIR, EVALUATIONS_DIR, REGULATIONS_FILE, SERVICES_DIR } from '../source/source-paths';

export const SOP_FORMAT = 'sop-mdx';

/** What a collection holds (`sop_kind` in the config): the widgets pick their checks by it. */
export type EntryKind = 'sop' | 'instansi' | 'dasar-hukum' | 'layanan' | 'evaluasi';
export const AGENCIES_COLLECTION = 'instansi';
export const REGULATIONS_COLLECTION = 'dasar-hukum';
export const SERVICES_COLLECTION = 'layanan';
export const EVALUATIONS_COLLECTION = 'evaluasi';

export interface DecapField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  collapsed?: boolean;
  fields?: DecapField[];
  sop_path?: string;
  options?: readonly string[];
  default?: unknown;
}

export interface BackendConfig {
  name: string;
  branch: string;
  repo?: string;
  base_url?: string;
  api_root?: string;
  [key: string]: unknown;
}

function field(path: string, spec: FieldSpec, children: DecapField[] = [], parentOptional = false): DecapField {
  const name = path.slice(path.lastIndexOf('.') + 1);
  // Decap's own "required" check only marks the label; the checker's messages do the rest.
  const f: DecapField = { name, label: spec.label, widget: spec.widget, sop_path: path, required: !spec.optional && !parentOptional };
  if (spec.hint) f.hint = spec.hint;
  if (spec.options) f.options = spec.options;
  if (spec.widget === 'object') {
    f.fields = children;
    f.collapsed = false;
  }
  return f;
}

/** A data form (agency, regulations): one Decap field per top-level entry of `fields`, objects with their sub-fields. */
export function dataFields(fields: FieldList): DecapField[] {
  const top: DecapField[] = [];
  for (const [path, spec] of Object.entries(fields)) {
    if (spec.widget === 'inner' || path.includes('.')) continue;
    const children = Object.entries(fields)
      .filter(([p, s]) => s.widget !== 'inner' && p.startsWith(`${path}.`))
      .map(([p, s]) => field(p, s, [], spec.optional === true));
    top.push(field(path, spec, children));
  }
  top.push({ name: ORIGINAL_KEY, label: 'Sumber asli', widget: 'hidden', required: false });
  top.push({ name: READ_ONLY_KEY, label: 'Hanya baca', widget: 'hidden', required: false });
  return top;
}

/**
 * The agencies and services (one YAML file each), the regulations file and the recorded
 * monitoring and evaluation (when there are any), edited with the same checks as SOPs.
 */
export function dataCollections(snapshot?: Pick<EditorCatalog, 'evaluations' | 'sops'>) {
  const evaluations = snapshot?.evaluations ?? [];
  const titleOf = (id: string) => snapshot?.sops.find((s) => s.id === id)?.judul ?? id;
  return [
    {
      name: AGENCIES_COLLECTION,
      label: 'Instansi',
      label_singular: 'Instansi',
      description: `Berkas ${AGENCIES_DIR}/*.yaml — kop, kepala, pola nomor surat, kertas dan logo setiap kantor.`,
      folder: AGENCIES_DIR,
      extension: 'yaml',
      format: DATA_FORMAT,
      create: true,
      // An agency that SOPs name cannot be removed without breaking them: removing is left to the maintainer.
      delete: false,
      slug: '{{slug}}',
      identifier_field: 'nama',
      summary: '{{nama}}',
      editor: { preview: false },
      sop_kind: 'instansi' as EntryKind,
      fields: dataFields(AGENCY_FIELDS),
    },
    {
      name: SERVICES_COLLECTION,
      label: 'Layanan',
      label_singular: 'Layanan',
      description: `Berkas ${SERVICES_DIR}/*.yaml — standar pelayanan untuk masyarakat: persyaratan, prosedur, dan SOP yang melaksanakannya.`,
      folder: SERVICES_DIR,
      extension: 'yaml',
      format: DATA_FORMAT,
      create: true,
      // A service's page and posters may be linked and printed: removing is left to the maintainer.
      delete: false,
      slug: '{{slug}}',
      identifier_field: 'nama',
      summary: '{{nama}}',
      editor: { preview: false },
      sop_kind: 'layanan' as EntryKind,
      fields: dataFields(SERVICE_FIELDS),
    },
    {
      name: REGULATIONS_COLLECTION,
      label: 'Dasar hukum',
      description: `Berkas ${REGULATIONS_FILE} — peraturan yang dikutip SOP.`,
      format: REGULATIONS_FORMAT,
      delete: false,
      editor: { preview: false },
      sop_kind: 'dasar-hukum' as EntryKind,
      files: [{ name: REGULATIONS_COLLECTION, label: 'Daftar dasar hukum', file: REGULATIONS_FILE, fields: dataFields(REGULATION_FIELDS) }],
    },
    // Decap lists a folder's files one level deep; the records sit two levels down
    // (<sop-id>/<tanggal>.yaml), so the existing ones are listed by name. A new record is a new
    // file written by hand or printed from the forms (README, "Monitoring and evaluation").
    ...(evaluations.length
      ? [
          {
            name: EVALUATIONS_COLLECTION,
            label: 'Monitoring dan evaluasi',
            description: `Berkas ${EVALUATIONS_DIR}/<id SOP>/<tanggal>.yaml — hasil monitoring dan evaluasi yang sudah dicatat.`,
            format: DATA_FORMAT,
            delete: false,
            editor: { preview: false },
            sop_kind: 'evaluasi' as EntryKind,
            files: evaluations.map((e) => ({
              name: e.file.slice(EVALUATIONS_DIR.length + 1).replace(/\.ya?ml$/, '').replace(/[^a-z0-9]+/g, '-'),
              label: `${titleOf(e.sopId)} — ${e.date}`,
              file: e.file,
              fields: dataFields(EVALUATION_FIELDS),
            })),
          },
        ]
      : []),
  ];
}

/**
 * The SOP form: one Decap field per entry of fields.ts (list items are edited inside widgets).
 * `skeleton` (a new SOP's text, new-sop.ts) gives a new entry its values, and is kept as the
 * entry's original text so that saving edits the skeleton in place, comments included.
 */
export function sopFields(skeleton?: string): DecapField[] {
  const start = skeleton ? parseEntryFile(skeleton) : {};
  const top: DecapField[] = [];
  for (const [path, spec] of Object.entries(SOP_FIELDS)) {
    if (spec.widget === 'inner' || path.includes('.')) continue;
    const children = Object.entries(SOP_FIELDS)
      .filter(([p, s]) => s.widget !== 'inner' && p.startsWith(`${path}.`))
      .map(([p, s]) => field(p, s, [], spec.optional === true));
    const f = field(path, spec, children);
    const initial = (start as Record<string, unknown>)[path];
    if (initial !== undefined) {
      if (f.fields) f.fields.forEach((c) => {
        const v = (initial as Record<string, unknown>)[c.name];
        if (v !== undefined) c.default = v;
      });
      else f.default = initial;
    }
    top.push(f);
  }
  top.push({ name: BODY_KEY, label: 'Narasi (MDX)', widget: 'sop-body', sop_path: BODY_KEY, required: false, hint: 'Mulai dari "## C. Ketentuan Umum". A. Dasar Hukum dan B. Sasaran Objek dibuat otomatis.', ...(skeleton ? { default: start[BODY_KEY] } : {}) });
  top.push({ name: ORIGINAL_KEY, label: 'Sumber asli', widget: 'hidden', required: false, ...(skeleton ? { default: skeleton } : {}) });
  top.push({ name: READ_ONLY_KEY, label: 'Hanya baca', widget: 'hidden', required: false });
  return top;
}

/** Decap's commit messages, in Indonesian (its defaults are English: "Create SOP ..."). */
export const COMMIT_MESSAGES = {
  create: 'Membuat {{collection}} “{{slug}}”',
  update: 'Mengubah {{collection}} “{{slug}}”',
  delete: 'Menghapus {{collection}} “{{slug}}”',
  uploadMedia: 'Mengunggah “{{path}}”',
  deleteMedia: 'Menghapus “{{path}}”',
  openAuthoring: '{{message}}',
};

export function decapConfig(
  snapshot: EditorCatalog,
  backend: BackendConfig,
  options: { localBackend?: string | boolean; today?: string } = {},
) {
  const today = options.today ?? '2025-01-01';
  const regulations = snapshot.regulations.map((r) => r.id);
  const collections = sopFolders(snapshot).map(({ folder, instansi }) => {
    const agency = snapshot.agencies.find((a) => a.id === instansi);
    return {
      name: `sop-${folder.replace(/[^a-z0-9]+/g, '-') || 'utama'}`,
      label: `SOP ${[agency?.singkatan, agency?.nama].find((n) => n && !isPlaceholder(n)) ?? folder}`,
      label_singular: 'SOP',
      description: `Berkas sops/${folder}/*.mdx — ${agency?.nama ?? instansi}.`,
      folder: folder ? `sops/${folder}` : 'sops',
      extension: 'mdx',
      format: SOP_FORMAT,
      create: true,
      slug: '{{slug}}',
      identifier_field: 'judul',
      summary: '{{judul}} — {{nomor}}',
      sortable_fields: ['judul', 'nomor'],
      editor: { preview: true },
      sop_instansi: instansi,
      sop_kind: 'sop' as EntryKind,
      fields: sopFields(newSopText({ instansi, today, regulations })),
    };
  });
  return {
    // The history page of an SOP lists its commits; the messages are in the authors' language.
    backend: { commit_messages: COMMIT_MESSAGES, ...backend },
    ...(options.localBackend ? { local_backend: options.localBackend === true ? true : { url: options.localBackend } } : {}),
    publish_mode: 'editorial_workflow',
    locale: 'id',
    media_folder: 'public/logo',
    public_folder: '/logo',
    site_url: '/',
    display_url: '/',
    load_config_file: false,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [...collections, ...dataCollections(snapshot)],
  };
}
