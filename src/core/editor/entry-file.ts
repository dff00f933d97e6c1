/**
 * An SOP file as the editor sees it: MDX = "---\n<frontmatter YAML>\n---\n<body>". Parsing keeps
 * the original text so that saving rewrites only what changed (yaml-edit.ts); the body is kept
 * byte for byte unless the author edited it. A file the editor cannot represent (MDX with
 * import/export statements, unreadable frontmatter) is opened read-only with a reason.
 */
import { parseDocument } from 'yaml';
import { stringifyYaml, updateYaml } from './yaml-edit';
import { decisionInFull } from '../model/step';
import { yesNoOf } from '../model/sop';

/** Data keys the editor adds to an entry; never written into the file. */
export const ORIGINAL_KEY = 'sumber_asli';
export const READ_ONLY_KEY = 'hanya_baca';
export const BODY_KEY = 'body';

export interface FrontmatterSplit {
  /** Text before the YAML ("---\n", possibly with a BOM). */
  open: string;
  yaml: string;
  /** The closing delimiter line including its newline. */
  close: string;
  body: string;
}

export function splitMdx(text: string): FrontmatterSplit | null {
  const m = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?\r?\n)?(---[ \t]*(?:\r?\n|$))/.exec(text);
  if (!m) return null;
  return { open: m[1]!, yaml: m[2] ?? '', close: m[3]!, body: text.slice(m[0].length) };
}

/** Why the editor cannot edit this file safely, or null. In Indonesian, for the author. */
export function readOnlyReason(text: string): string | null {
  const split = splitMdx(text);
  if (!split) return 'Berkas ini tidak diawali frontmatter di antara dua baris "---", sehingga tidak dapat diubah di editor. Perbaiki berkasnya dengan penyunting teks.';
  if (/^(?:import|export)\s/m.test(split.body.replace(/```[\s\S]*?```/g, ''))) {
    return 'Narasi berkas ini memakai perintah MDX "import"/"export" yang tidak dapat ditampilkan editor. Berkas dibuka hanya-baca agar tidak rusak; ubah dengan penyunting teks.';
  }
  const doc = parseDocument(split.yaml);
  if (doc.errors.length) return `Frontmatter tidak dapat dibaca (${doc.errors[0]!.message.split('\n')[0]}). Perbaiki dengan penyunting teks, lalu buka lagi.`;
  return null;
}

/** Decap `fromFile`: the frontmatter's values, the body, and the original text (hidden). */
export function parseEntryFile(text: string): Record<string, unknown> {
  const reason = readOnlyReason(text);
  const split = splitMdx(text);
  let data: Record<string, unknown> = {};
  if (split) {
    try {
      const v = parseDocument(split.yaml).toJS();
      if (v && typeof v === 'object' && !Array.isArray(v)) data = v as Record<string, unknown>;
    } catch {
      data = {};
    }
  }
  // Values in the form the form shows: `keterangan: ya` is true, `ya: 3` is `{ label: Ya, ke: 3 }`.
  if (data.mutu_baku && typeof data.mutu_baku === 'object' && 'keterangan' in data.mutu_baku) {
    data.mutu_baku = { ...data.mutu_baku, keterangan: yesNoOf((data.mutu_baku as { keterangan: unknown }).keterangan) };
  }
  if (Array.isArray(data.langkah)) {
    data.langkah = data.langkah.map((step: unknown) =>
      step && typeof step === 'object' && 'keputusan' in step ? { ...step, keputusan: decisionInFull((step as { keputusan: unknown }).keputusan) } : step,
    );
  }
  return {
    ...data,
    [BODY_KEY]: split ? split.body : text,
    [ORIGINAL_KEY]: text,
    ...(reason ? { [READ_ONLY_KEY]: reason } : {}),
  };
}

/** Drops editor-only keys and empty optional values the form adds to a new entry. */
function frontmatterOf(entry: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entry)) {
    if (k === BODY_KEY || k === ORIGINAL_KEY || k === READ_ONLY_KEY || v === undefined) continue;
    out[k] = v;
  }
  return out;
}

/** Decap `toFile`: the original text with only the changed values rewritten. */
export function serializeEntryFile(entry: Record<string, unknown>): string {
  const original = typeof entry[ORIGINAL_KEY] === 'string' ? (entry[ORIGINAL_KEY] as string) : undefined;
  const body = typeof entry[BODY_KEY] === 'string' ? (entry[BODY_KEY] as string) : '';
  if (original !== undefined && readOnlyReason(original)) return original;
  const data = frontmatterOf(entry);
  const split = original !== undefined ? splitMdx(original) : null;
  if (split) {
    const yaml = updateYaml(split.yaml, data);
    return `${split.open}${yaml}${split.close}${body}`;
  }
  const yaml = stringifyYaml(data);
  return `---\n${yaml}---\n${body.startsWith('\n') || body === '' ? body : `\n${body}`}`;
}
