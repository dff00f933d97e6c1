/**
 * Where each kind of source lives in a project (docs/formats.md): the folders and files the
 * checker reads, the build publishes and the editor writes. Which files in them are SOPs is
 * source/source-paths.ts's rule.
 */
export const SOPS_DIR = 'sops';
export const DATA_DIR = `${SOPS_DIR}/_data`;
export const AGENCIES_DIR = `${DATA_DIR}/instansi`;
export const REGULATIONS_FILE = `${DATA_DIR}/dasar-hukum.yaml`;
export const SITE_FILE = `${DATA_DIR}/situs.yaml`;
/** Services for the public (Standar Pelayanan): one `<id>.yaml` each. Under "_": not an SOP. */
export const SERVICES_DIR = `${SOPS_DIR}/_layanan`;
export const LETTERS_DIR = 'letter-templates';
/** Recorded monitoring and evaluation of SOPs: `<sop-id>/<tanggal>.yaml` (model/evaluation.ts). */
export const EVALUATIONS_DIR = `${DATA_DIR}/evaluasi`;
