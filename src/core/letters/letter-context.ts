/**
 * The data a letter template is rendered with, built from the agency profile and the form values.
 *
 * - Required fields still empty become a visible marker "[Nama klien]" (the form refuses to print them).
 * - Placeholders `[ISI: ...]` (agency facts nobody has filled in yet) become a marked span, printed.
 * - Everything else stays a plain string, which Handlebars escapes on output.
 */
import type { Agency, Paper } from '../model/agency';
import { isPlaceholder } from '../model/placeholder';
import { isGroupField, type LetterTemplateMeta, type ScalarField } from './field-types';
import type { GroupItem, LetterValues } from './form-values';
import { HtmlFragment, LetterMarker } from './html';
import { parseIsoDate } from './indonesian-date';
import { letterNumberHtml } from './letter-number';
import { agencyShortName, kopLines } from '../model/agency-names';

export type DisplayValue = string | LetterMarker;

export interface AgencyDisplay {
  /** The letterhead's lines above the office name (none to three), top to bottom. */
  kopAtas: DisplayValue[];
  pemerintah: DisplayValue;
  nama: DisplayValue;
  singkatan: DisplayValue;
  kota: DisplayValue;
  alamat: DisplayValue;
  telepon: DisplayValue;
  email: DisplayValue;
  situs: DisplayValue;
  /** "Telp. ... · Email: ... · Laman: ...", only the parts the profile has; '' when none. */
  kontak: DisplayValue[];
  /** Same-origin path of the logo, when the profile has a real one. */
  logo: string;
  /** Marker drawn in a box instead of the logo when the profile has none yet. */
  logoPenanda: LetterMarker | '';
}

/** The names under instansi. and surat. a template can print. */
export const AGENCY_DISPLAY_KEYS = [
  'kopAtas', 'pemerintah', 'nama', 'singkatan', 'kota', 'alamat', 'telepon', 'email', 'situs', 'kontak', 'logo', 'logoPenanda',
] as const satisfies readonly (keyof AgencyDisplay)[];
export const LETTER_INFO_KEYS = ['id', 'judul', 'jenis', 'kertas'] as const satisfies readonly (keyof LetterContext['surat'])[];

export interface LetterContext {
  instansi: AgencyDisplay;
  surat: { id: string; judul: string; jenis: string; kertas: Paper };
  /** The letter number, with gaps for the parts still to be written by hand. */
  nomor: HtmlFragment;
  /** Form values for display, by field name. */
  f: Record<string, DisplayValue | Record<string, DisplayValue>[]>;
}

const PLACEHOLDER_IN_TEXT = /\[ISI:[^\]]*\]/;
const SAFE_LOGO_PATH = /^\/(?!\/)[A-Za-z0-9._\-/]+\.(svg|png|jpg|jpeg|webp)$/i;

function agencyText(value: string | undefined): DisplayValue {
  const v = (value ?? '').trim();
  return isPlaceholder(v) || PLACEHOLDER_IN_TEXT.test(v) ? new LetterMarker('isi', v) : v;
}

export function displayValue(field: Pick<ScalarField, 'label' | 'required'>, raw: string | undefined): DisplayValue {
  const v = (raw ?? '').trim();
  if (v === '') return field.required ? new LetterMarker('kosong', `[${field.label}]`) : '';
  if (PLACEHOLDER_IN_TEXT.test(v)) return new LetterMarker('isi', v);
  return v;
}

/** Paper of a letter: the template's own, else the agency's, else A4. */
export function letterPaper(meta: Pick<LetterTemplateMeta, 'kertas'>, agency: Agency | undefined): Paper {
  return meta.kertas ?? agency?.kertas ?? 'A4';
}

export function agencyDisplay(agency: Agency | undefined): AgencyDisplay {
  const missing = (what: string) => new LetterMarker('isi', `[ISI: ${what}]`);
  if (!agency) {
    return {
      kopAtas: [missing('pemerintah daerah')],
      kontak: [missing('telepon, e-mail, laman')],
      pemerintah: missing('pemerintah daerah'),
      nama: missing('nama dinas'),
      singkatan: missing('singkatan dinas'),
      kota: missing('kota'),
      alamat: missing('alamat kantor'),
      telepon: missing('telepon'),
      email: missing('e-mail'),
      situs: missing('laman'),
      logo: '',
      logoPenanda: missing('logo'),
    };
  }
  const logo = agency.logo ?? '';
  const logoOk = !isPlaceholder(logo) && SAFE_LOGO_PATH.test(logo);
  const kop = kopLines(agency);
  const contact: [string, string | undefined][] = [['Telp. ', agency.telepon], ['Email: ', agency.email], ['Laman: ', agency.situs]];
  return {
    kopAtas: kop.slice(0, -1).map(agencyText),
    kontak: contact.filter(([, v]) => v).map(([label, v]) => {
      const shown = agencyText(v);
      return typeof shown === 'string' ? label + shown : new LetterMarker('isi', label + v);
    }),
    pemerintah: agencyText(agency.pemerintah ?? kop[0]),
    nama: agencyText(kop[kop.length - 1]),
    singkatan: agencyText(agencyShortName(agency)),
    kota: agencyText(agency.kota),
    alamat: agencyText(agency.alamat),
    telepon: agencyText(agency.telepon),
    email: agencyText(agency.email),
    situs: agencyText(agency.situs),
    logo: logoOk ? logo : '',
    logoPenanda: logoOk ? '' : new LetterMarker('isi', isPlaceholder(logo) ? logo : '[ISI: logo]'),
  };
}

/** Which facts of an agency profile are still placeholders (for a warning above the form). */
export function agencyGaps(agency: Agency): string[] {
  const gaps: string[] = [];
  const check = (label: string, value: string | undefined) => {
    if (value !== undefined && (isPlaceholder(value) || PLACEHOLDER_IN_TEXT.test(value))) gaps.push(label);
  };
  check('pemerintah daerah', agency.pemerintah);
  check('nama dinas', agency.nama);
  check('alamat', agency.alamat);
  check('telepon', agency.telepon);
  check('e-mail', agency.email);
  check('laman', agency.situs);
  check('logo', agency.logo);
  check('jabatan kepala', agency.kepala.jabatan);
  check('nama kepala', agency.kepala.nama);
  check('pangkat kepala', agency.kepala.pangkat);
  check('NIP kepala', agency.kepala.nip);
  return gaps;
}

export function buildLetterContext(
  meta: LetterTemplateMeta,
  agency: Agency | undefined,
  values: LetterValues,
): LetterContext {
  const f: LetterContext['f'] = {};
  for (const field of meta.fields) {
    const raw = values[field.name];
    if (isGroupField(field)) {
      const items = Array.isArray(raw) ? (raw as GroupItem[]) : [];
      f[field.name] = items.map((item) => {
        const out: Record<string, DisplayValue> = {};
        for (const sub of field.fields) out[sub.name] = displayValue(sub, item[sub.name]);
        return out;
      });
    } else {
      f[field.name] = displayValue(field, typeof raw === 'string' ? raw : '');
    }
  }
  const date = typeof values.tanggal_surat === 'string' ? parseIsoDate(values.tanggal_surat) : null;
  const str = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');
  const pattern = agency?.pola_nomor_surat ?? '{klasifikasi}/{nomor}/{tahun}';
  return {
    instansi: agencyDisplay(agency),
    surat: { id: meta.id, judul: meta.judul, jenis: meta.jenis, kertas: letterPaper(meta, agency) },
    nomor: letterNumberHtml(pattern, {
      klasifikasi: str('klasifikasi'),
      nomor: str('nomor_urut'),
      tahun: date ? date.year : '',
    }),
    f,
  };
}
