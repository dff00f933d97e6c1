/**
 * Rules on an SOP's document data: review date, date order (tanggal.revisi not behind
 * riwayat_revisi), dates still to come (made, or in force), signatory, the Keterangan column, a title or a kegiatan too long for where it
 * is shown, and an incomplete source kept as a draft.
 */
import type { Catalog, SopSource } from '../catalog/catalog';
import { dateBounds } from '../model/date';
import { isEnded } from '../model/sop';
import { citationTitle } from '../model/regulation';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';

/**
 * Above this many characters a kegiatan no longer fits one flowchart page in the usual columns
 * (about 3,000 fill a landscape page), so its page is printed smaller; the seeds stay under 450.
 */
export const KEGIATAN_WARN_LENGTH = 1200;

/** Above this many characters a title is a paragraph (the seeds' longest is 61). */
export const JUDUL_WARN_LENGTH = 200;

/**
 * The dates of riwayat_revisi: each after the SOP was made, none after today, oldest first. An
 * entry before the one above it is named once, not every entry after it.
 */
function checkRevisionDates(sop: SopSource, made: { first: string } | null, today: string): CheckIssue[] {
  const { file, data } = sop;
  const issues: CheckIssue[] = [];
  data.riwayat_revisi.forEach(({ tanggal, perubahan }, i) => {
    const path = `riwayat_revisi[${i}].tanggal`;
    const entry = { no: i + 1, tanggal, perubahan };
    const above = data.riwayat_revisi[i - 1]?.tanggal;
    if (made && tanggal < made.first) issues.push(issue(MESSAGES.revisionBeforeMade, file, path, { ...entry, pembuatan: data.tanggal.pembuatan }));
    else if (tanggal > today) issues.push(issue(MESSAGES.revisionInFuture, file, path, { ...entry, today }));
    else if (above !== undefined && tanggal < above) issues.push(issue(MESSAGES.revisionOutOfOrder, file, path, { ...entry, before: above }));
  });
  return issues;
}

export function checkDocument(sop: SopSource, catalog: Catalog, today: string): CheckIssue[] {
  const { file, data } = sop;
  const issues: CheckIssue[] = [];
  const { pembuatan, efektif } = data.tanggal;
  const made = dateBounds(pembuatan);
  const effective = dateBounds(efektif);
  // A review date before the SOP came into force was never its schedule (a year mistyped):
  // named as such, not as a review that has passed.
  if (data.tinjau_ulang && effective && data.tinjau_ulang < effective.first && !isEnded(data.status)) {
    issues.push(issue(MESSAGES.reviewBeforeEffective, file, 'tinjau_ulang', { date: data.tinjau_ulang, efektif }));
  } else if (data.tinjau_ulang && data.tinjau_ulang < today && data.status === 'berlaku') {
    issues.push(issue(MESSAGES.reviewPassed, file, 'tinjau_ulang', { date: data.tinjau_ulang }));
  }
  // Only when certainly later: "2026" is not yet over in December 2026.
  if (made && made.first > today) issues.push(issue(MESSAGES.madeInFuture, file, 'tanggal.pembuatan', { pembuatan, today }));
  if (effective && effective.first > today && data.status === 'berlaku') issues.push(issue(MESSAGES.effectiveInFuture, file, 'tanggal.efektif', { efektif, today }));
  // Only when certainly earlier: "2017" against "Agustus 2017" may be the same month.
  if (made && effective && effective.last < made.first) {
    issues.push(issue(MESSAGES.effectiveBeforeMade, file, 'tanggal.efektif', { efektif, pembuatan }));
  }
  const revised = data.tanggal.revisi ? dateBounds(data.tanggal.revisi) : undefined;
  if (made && revised && revised.last < made.first) {
    issues.push(issue(MESSAGES.revisedBeforeMade, file, 'tanggal.revisi', { revisi: data.tanggal.revisi!, pembuatan }));
  }
  issues.push(...checkRevisionDates(sop, made, today));
  // The identity page prints tanggal.revisi: one older than the last recorded revision is stale.
  const lastRevision = data.riwayat_revisi.reduce<number>((last, r, i) => (last < 0 || r.tanggal >= data.riwayat_revisi[last]!.tanggal ? i : last), -1);
  const last = data.riwayat_revisi[lastRevision];
  if (revised && last && revised.last < last.tanggal) {
    issues.push(issue(MESSAGES.revisedBehindHistory, file, 'tanggal.revisi', { revisi: data.tanggal.revisi!, no: lastRevision + 1, tanggal: last.tanggal, perubahan: last.perubahan }));
  }
  const cited = new Map<string, number>();
  data.dasar_hukum.forEach((c, i) => {
    const id = typeof c === 'string' ? c : c.id;
    const pasal = typeof c === 'string' ? '' : (c.pasal ?? '');
    // "pasal: 5" prints "5 Undang-Undang ..." before the regulation's title: the word "Pasal" is written with the number.
    const bare = /^(?:ps\.?\s*)?(\d+[a-z]?\b.*)$/i.exec(pasal);
    const regulation = catalog.regulations.get(id);
    if (bare && regulation) {
      issues.push(issue(MESSAGES.articleWithoutWord, file, `dasar_hukum[${i}].pasal`, { id, pasal, printed: citationTitle(regulation, { id, pasal }), meant: `Pasal ${bare[1]}` }));
    }
    const key = `${id}|${pasal}`;
    if (cited.has(key)) issues.push(issue(MESSAGES.regulationTwice, file, `dasar_hukum[${i}]`, { id, first: cited.get(key)! + 1 }));
    else cited.set(key, i);
  });
  const signer = data.disahkan_oleh ?? catalog.agencies.get(data.instansi)?.data.kepala;
  if (data.disahkan_oleh && !data.disahkan_oleh.nama) {
    issues.push(issue(MESSAGES.signatoryNoName, file, 'disahkan_oleh', { jabatan: data.disahkan_oleh.jabatan }));
  } else if (!data.disahkan_oleh && signer && !signer.nama) {
    issues.push(issue(MESSAGES.signatoryNoName, file, 'instansi', { jabatan: signer.jabatan }));
  }
  if (data.mutu_baku.keterangan === false) {
    data.langkah.forEach((step, i) => {
      if (step.keterangan !== undefined) issues.push(issue(MESSAGES.hiddenKeterangan, file, `langkah[${i}].keterangan`, { no: i + 1 }));
    });
  }
  const judulLength = data.judul.trim().length;
  if (judulLength > JUDUL_WARN_LENGTH) issues.push(issue(MESSAGES.longJudul, file, 'judul', { length: judulLength, limit: JUDUL_WARN_LENGTH }));
  data.langkah.forEach((step, i) => {
    const length = step.kegiatan.trim().length;
    if (length > KEGIATAN_WARN_LENGTH) issues.push(issue(MESSAGES.longKegiatan, file, `langkah[${i}].kegiatan`, { no: i + 1, length, limit: KEGIATAN_WARN_LENGTH }));
  });
  if (data.tidak_lengkap && data.status !== 'draf') issues.push(issue(MESSAGES.incompleteNotDraft, file, 'status', { status: data.status }));
  return issues;
}
