/**
 * The question asked before printing: a letter whose kop or number still holds `[ISI: ...]`
 * (agency facts nobody has filled in yet), or a field the page prefilled with such a marker that
 * the user never touched, is printed only after the user confirms. Each item names what is
 * missing and where to fill it in. Errors the user must fix are validate-values.ts; this is the
 * softer check that comes after it.
 */
import type { Agency } from '../model/agency';
import { INLINE_PLACEHOLDER } from '../model/placeholder';
import { isGroupField, type LetterTemplateMeta } from './field-types';
import { fieldInputId, type LetterValues } from './form-values';
import { isUntouchedPrefill } from './validate-values';

export interface PrintGap {
  /** Where on the letter: "Kop surat", "Nomor surat", or the label of a field. */
  bagian: string;
  /** The markers as they will print: "[ISI: alamat kantor]". */
  penanda: string[];
  /** Where to fill it in, as a sentence. */
  perbaiki: string;
  /** Input to go to when the fix is in the form itself. */
  inputId?: string;
}

/** Agency facts printed in the kop, with their key in the profile file. */
const KOP_KEYS = [
  ['pemerintah', 'pemerintah daerah'],
  ['nama', 'nama dinas'],
  ['alamat', 'alamat'],
  ['telepon', 'telepon'],
  ['email', 'e-mail'],
  ['situs', 'laman'],
  ['logo', 'logo'],
] as const;

function markersIn(value: string | undefined): string[] {
  return [...(value ?? '').matchAll(INLINE_PLACEHOLDER)].map((m) => m[0]);
}

/** Path of an agency profile, as authors find it in the repository. */
export function agencyProfilePath(agencyId: string): string {
  return `sops/_data/instansi/${agencyId}.yaml`;
}

/**
 * What still prints as `[ISI: ...]` in the kop, the number, or an untouched prefilled field, in
 * the order it appears on the letter. Empty: print without asking.
 */
export function printGaps(
  meta: LetterTemplateMeta,
  agency: Agency | undefined,
  agencyId: string,
  values: LetterValues,
  prefilled: Readonly<Record<string, string>> = {},
): PrintGap[] {
  const gaps: PrintGap[] = [];
  const profile = agencyProfilePath(agencyId || '<instansi>');
  if (!agency) {
    gaps.push({
      bagian: 'Kop surat',
      penanda: ['[ISI: instansi pengirim]'],
      perbaiki: 'Pilih instansi pengirim di bagian "Instansi" formulir ini.',
      inputId: 'isian-instansi',
    });
  } else {
    const kop = KOP_KEYS.flatMap(([key, label]) => markersIn(agency[key]).map((m) => ({ key, label, m })));
    if (kop.length) {
      const keys = [...new Set(kop.map((k) => k.key))];
      gaps.push({
        bagian: 'Kop surat',
        penanda: kop.map((k) => k.m),
        perbaiki: `Lengkapi ${keys.join(', ')} di profil instansi ${profile}, lalu terbitkan ulang situs.`,
      });
    }
    const nomor = markersIn(agency.pola_nomor_surat);
    if (nomor.length) {
      gaps.push({
        bagian: 'Nomor surat',
        penanda: nomor,
        perbaiki: `Lengkapi pola_nomor_surat di profil instansi ${profile}, lalu terbitkan ulang situs; atau tulis nomornya dengan tangan setelah dicetak.`,
      });
    }
  }
  for (const field of meta.fields) {
    if (isGroupField(field)) continue;
    const value = values[field.name];
    if (typeof value !== 'string' || !isUntouchedPrefill(field.name, value, prefilled)) continue;
    const found = markersIn(value);
    if (!found.length) continue;
    gaps.push({
      bagian: field.label,
      penanda: found,
      perbaiki: `Ganti penanda itu di isian "${field.label}"${field.required ? '' : ', atau kosongkan isiannya'}.`,
      inputId: fieldInputId(field.name),
    });
  }
  return gaps;
}
