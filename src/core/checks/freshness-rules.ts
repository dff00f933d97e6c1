/**
 * Warnings that do not stop a build: a review date that has passed, dates out of order,
 * placeholders still to fill in, a computed total that differs from the signed document.
 */
import type { AgencySource, SopSource } from '../catalog/catalog';
import { isValidIsoDate } from '../model/date';
import { INLINE_PLACEHOLDER, isPlaceholder, placeholderHint } from '../model/placeholder';
import { totalWaktu } from '../waktu/total';
import { parseWaktu } from '../waktu/parse';
import { formatPath, warning, type CheckIssue, type PathPart } from './issue';

/** Every placeholder `[ISI: ...]` inside a value, with its path. */
export function findPlaceholders(value: unknown, path: PathPart[] = []): { path: string; hint: string }[] {
  if (isPlaceholder(value)) return [{ path: formatPath(path), hint: placeholderHint(value)! }];
  if (typeof value === 'string') {
    // Placeholders inside running text: "Surat [ISI: kata tidak terbaca] dari Kab/Kota".
    return [...value.matchAll(INLINE_PLACEHOLDER)].map((m) => ({ path: formatPath(path), hint: m[1]!.trim() }));
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => findPlaceholders(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => findPlaceholders(v, [...path, k]));
  }
  return [];
}

/** One warning per file listing every placeholder still to fill in. */
export function checkPlaceholders(file: string, data: unknown): CheckIssue[] {
  const found = findPlaceholders(data);
  if (!found.length) return [];
  return [
    warning(
      file,
      found.map((p) => p.path).join(', '),
      `Masih ada ${found.length} penanda [ISI: ...] yang harus diisi instansi: ${found.map((p) => p.hint).join('; ')}.`,
      'Ganti setiap [ISI: ...] dengan data sebenarnya dari instansi (penanda tampil bertanda di situs dan PDF sampai diisi).',
    ),
  ];
}

export function checkSopFreshness(sop: SopSource, today: string): CheckIssue[] {
  const { file, data } = sop;
  const issues: CheckIssue[] = [];
  if (data.tinjau_ulang && data.tinjau_ulang < today && data.status === 'berlaku') {
    issues.push(
      warning(file, 'tinjau_ulang', `Tanggal tinjau ulang ${data.tinjau_ulang} sudah lewat.`, 'Tinjau SOP ini, catat perubahannya di riwayat_revisi, lalu perbarui tinjau_ulang.'),
    );
  }
  const { pembuatan, efektif } = data.tanggal;
  if (isValidIsoDate(pembuatan) && isValidIsoDate(efektif) && efektif < pembuatan) {
    issues.push(
      warning(file, 'tanggal.efektif', `Tanggal efektif (${efektif}) lebih awal dari tanggal pembuatan (${pembuatan}).`, 'Periksa kembali kedua tanggal pada dokumen yang ditandatangani.'),
    );
  }
  data.langkah.forEach((step, i) => {
    const r = parseWaktu(step.waktu);
    if (r.ok && r.waktu === null) {
      issues.push(warning(file, `langkah[${i}].waktu`, `Waktu langkah ke-${i + 1} tidak dicantumkan; langkah ini tidak ikut dijumlahkan.`, 'Isi waktu langkah ini bila diketahui, misalnya "15 menit".'));
    }
  });
  if (data.waktu_total_dokumen) {
    const total = totalWaktu(data.langkah);
    const written = parseWaktu(data.waktu_total_dokumen);
    if (written.ok && written.waktu && (written.waktu.min !== total.min || written.waktu.max !== total.max)) {
      issues.push(
        warning(
          file,
          'waktu_total_dokumen',
          `Dokumen mencantumkan total "${data.waktu_total_dokumen}", sedangkan jumlah waktu langkah-langkah jalur utama adalah ${total.text}.`,
          'Periksa waktu setiap langkah terhadap dokumen yang ditandatangani.',
        ),
      );
    }
  }
  return [...issues, ...checkPlaceholders(file, data)];
}

export function checkAgencyFreshness(agency: AgencySource): CheckIssue[] {
  return checkPlaceholders(agency.file, agency.data);
}
