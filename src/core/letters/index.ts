/**
 * Letters (surat): templates, their form fields, and the helpers that write Indonesian dates,
 * numbers in words, NIK/NIP and letter numbers. Pure TypeScript: no DOM, no Astro, no Node APIs.
 */
export { listLetterTemplates, findLetterTemplate, letterFormPath, LETTER_TEMPLATE_CATALOG } from './catalog';
export type { LetterTemplateSummary } from './catalog';
export {
  FIELD_TYPES,
  LETTER_KINDS,
  LETTER_KIND_LABELS,
  AGENCY_SOURCES,
  TODAY,
  isGroupField,
} from './field-types';
export { letterHeaderSchema } from './field-schema';
export type { FieldType, LetterKind, LetterField, ScalarField, GroupField, LetterTemplateMeta } from './field-types';
export { parseLetterTemplate, splitTemplateSource, templateIdFromFile, LetterTemplateError } from './template-header';
export { STANDARD_FIELDS, standardFieldNames } from './standard-fields';
export {
  initialValues,
  emptyGroupItem,
  applyAgencyChange,
  fieldInputId,
  fieldInputName,
} from './form-values';
export type { LetterValues, GroupItem } from './form-values';
export { validateLetterValues, checkFieldValue, isUntouchedPrefill } from './validate-values';
export type { FieldError, ValidateOptions } from './validate-values';
export { printGaps, agencyProfilePath } from './print-check';
export type { PrintGap } from './print-check';
export { buildLetterContext, agencyGaps, letterPaper } from './letter-context';
export type { LetterContext } from './letter-context';
export { letterHelpers, registerLetterHelpers, LETTER_HELPER_NAMES } from './helpers';
export { createLetterRenderer } from './letter-renderer';
export {
  terbilang,
  formatAngka,
  formatRupiah,
  rupiahTerbilang,
  jumlahSatuan,
  parseAngka,
} from './terbilang';
export {
  parseIsoDate,
  formatTanggal,
  formatHariTanggal,
  formatTanggalDalamKata,
  tanggalDalamKata,
  namaHari,
  todayIso,
} from './indonesian-date';
export { isValidNik, nikProblem, formatNik } from './nik';
export { formatLetterNumber, letterNumberHtml } from './letter-number';
export { escapeHtml } from './html';
