/**
 * From a file's text to a validated source, or to the author's messages: the same reading
 * for `npm run check`, the build, the dev server and the editor (which has no file system).
 */
import type { AgencySource, ServiceSource, SopSource } from '../catalog/catalog';
import { AGENCY_FIELD_HELP, REGULATION_FIELD_HELP, SERVICE_FIELD_HELP, SITE_FIELD_HELP, SOP_FIELD_HELP } from '../checks/field-help';
import { issue, type CheckIssue } from '../checks/issue';
import { MESSAGES } from '../checks/messages';
import { agencySchema, type Agency } from '../model/agency';
import { REGULATION_ID, REGULATION_ID_HINT, regulationSchema, type Regulation } from '../model/regulation';
import { serviceSchema, type Service } from '../model/service';
import { siteSchema, type SiteSettings } from '../model/site';
import { sopSchema, type SopFrontmatter } from '../model/sop';
import { splitFrontmatter } from './frontmatter';
import { lineOfPath, parseYamlSource, validateSource, type YamlSource } from './yaml-source';

export interface ReadResult<T> {
  /** The valid source, or null when it has errors. */
  value: T | null;
  issues: CheckIssue[];
  /** The parsed YAML, for placing later messages at their lines (null if unreadable). */
  yaml: YamlSource | null;
}

/** Line of a field path in a read file, for messages from later rules. */
export function locate(yaml: YamlSource | null, path: string): number | undefined {
  return yaml ? lineOfPath(yaml, path) : undefined;
}

/** An SOP file's text (MDX with frontmatter). `id` is its path under sops/ without extension. */
export function readSopText(id: string, file: string, text: string): ReadResult<SopSource> {
  const split = splitFrontmatter(text);
  if (!split) return { value: null, issues: [{ ...issue(MESSAGES.noFrontmatter, file, '', {}), line: 1 }], yaml: null };
  const parsed = parseYamlSource(split.yaml, file, split.yamlLine - 1);
  if (!parsed.source) return { value: null, issues: parsed.issues, yaml: null };
  const result = validateSource<SopFrontmatter>(sopSchema, parsed.source, SOP_FIELD_HELP);
  if (!result.data) return { value: null, issues: result.issues, yaml: parsed.source };
  return { value: { id, file, data: result.data, body: split.body, bodyLine: split.bodyLine }, issues: [], yaml: parsed.source };
}

/** An agency file's text (YAML). */
export function readAgencyText(id: string, file: string, text: string): ReadResult<AgencySource> {
  const parsed = parseYamlSource(text, file, 0);
  if (!parsed.source) return { value: null, issues: parsed.issues, yaml: null };
  const result = validateSource<Agency>(agencySchema, parsed.source, AGENCY_FIELD_HELP);
  if (!result.data) return { value: null, issues: result.issues, yaml: parsed.source };
  return { value: { id, file, data: result.data }, issues: [], yaml: parsed.source };
}

/** A service file's text (YAML, sops/_layanan/<id>.yaml). */
export function readServiceText(id: string, file: string, text: string): ReadResult<ServiceSource> {
  const parsed = parseYamlSource(text, file, 0);
  if (!parsed.source) return { value: null, issues: parsed.issues, yaml: null };
  const result = validateSource<Service>(serviceSchema, parsed.source, SERVICE_FIELD_HELP);
  if (!result.data) return { value: null, issues: result.issues, yaml: parsed.source };
  return { value: { id, file, data: result.data }, issues: [], yaml: parsed.source };
}

export interface RegulationsRead {
  regulations: Map<string, Regulation>;
  /** Ids whose entry has errors (reported once, at the entry). */
  broken: Set<string>;
  issues: CheckIssue[];
  yaml: YamlSource | null;
}

/** The regulations file's text: each entry validated on its own, so one bad entry is one error. */
export function readRegulationsText(file: string, text: string): RegulationsRead {
  const out: RegulationsRead = { regulations: new Map(), broken: new Set(), issues: [], yaml: null };
  const parsed = parseYamlSource(text, file, 0);
  if (!parsed.source) return { ...out, issues: parsed.issues };
  out.yaml = parsed.source;
  const value = parsed.source.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    out.issues.push({ ...issue(MESSAGES.badFormat, file, '', { detail: 'Berkas dasar hukum harus berisi daftar id: { jenis, nomor, tahun, tentang }.' }), line: 1 });
    return out;
  }
  for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
    if (!REGULATION_ID.test(id)) {
      out.issues.push({ ...issue(MESSAGES.badFormat, file, id, { detail: `${REGULATION_ID_HINT} (tertulis "${id}")` }), line: lineOfPath(parsed.source, id) });
      out.broken.add(id);
      continue;
    }
    const result = validateSource<Regulation>(regulationSchema, parsed.source, REGULATION_FIELD_HELP, entry, [id]);
    if (result.data) out.regulations.set(id, result.data);
    else {
      out.issues.push(...result.issues);
      out.broken.add(id);
    }
  }
  return out;
}

/** The site settings file's text (sops/_data/situs.yaml). */
export function readSiteText(file: string, text: string): ReadResult<SiteSettings> {
  const parsed = parseYamlSource(text, file, 0);
  if (!parsed.source) return { value: null, issues: parsed.issues, yaml: null };
  const result = validateSource<SiteSettings>(siteSchema, parsed.source, SITE_FIELD_HELP);
  return { value: result.data, issues: result.issues, yaml: parsed.source };
}
