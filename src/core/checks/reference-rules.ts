/**
 * Rules across files: agencies, regulations, related SOPs and letter templates exist, and the
 * SOP nomor is unique within its agency.
 */
import type { Catalog, SopSource } from '../catalog/catalog';
import { error, type CheckIssue } from './issue';
import { closest } from './suggest';
import { isPlaceholder } from '../model/placeholder';

export function checkReferences(sop: SopSource, catalog: Catalog): CheckIssue[] {
  const { file, data } = sop;
  const issues: CheckIssue[] = [];
  const agencyIds = [...catalog.agencies.keys()];
  if (!catalog.agencies.has(data.instansi)) {
    const guess = closest(data.instansi, agencyIds);
    issues.push(
      error(
        file,
        'instansi',
        `Instansi "${data.instansi}" tidak ditemukan.` + (guess ? ` Maksud Anda "${guess}"?` : ''),
        `Gunakan salah satu: ${agencyIds.join(', ') || '(belum ada)'}; atau buat berkas sops/_data/instansi/${data.instansi}.yaml.`,
      ),
    );
  }
  const regulationIds = [...catalog.regulations.keys()];
  data.dasar_hukum.forEach((id, i) => {
    if (catalog.regulations.has(id)) return;
    const guess = closest(id, regulationIds);
    issues.push(
      error(
        file,
        `dasar_hukum[${i}]`,
        `Dasar hukum "${id}" tidak ada di ${catalog.regulationsFile}.` + (guess ? ` Maksud Anda "${guess}"?` : ''),
        `Tambahkan peraturan itu ke ${catalog.regulationsFile} (jenis, nomor, tahun, tentang) atau gunakan id yang ada.`,
      ),
    );
  });
  const sopIds = catalog.sops.map((s) => s.id);
  data.keterkaitan.forEach((rel, i) => {
    if (typeof rel === 'string') return;
    if (rel.sop === sop.id) {
      issues.push(error(file, `keterkaitan[${i}].sop`, 'SOP tidak perlu ditautkan ke dirinya sendiri.', 'Hapus butir ini.'));
    } else if (!sopIds.includes(rel.sop)) {
      const guess = closest(rel.sop, sopIds);
      issues.push(
        error(
          file,
          `keterkaitan[${i}].sop`,
          `SOP "${rel.sop}" tidak ditemukan.` + (guess ? ` Maksud Anda "${guess}"?` : ''),
          'Tulis id SOP, yaitu jalurnya di bawah sops/ tanpa .mdx, misalnya tanjungpinang/penanganan-korban-tindak-kekerasan; atau tulis sebagai teks bebas.',
        ),
      );
    }
  });
  if (catalog.letterTemplates) {
    const known = [...catalog.letterTemplates];
    data.langkah.forEach((step, i) => {
      step.surat.forEach((id, j) => {
        if (catalog.letterTemplates!.has(id)) return;
        const guess = closest(id, known);
        issues.push(
          error(
            file,
            `langkah[${i}].surat[${j}]`,
            `Templat surat "${id}" tidak ada di letter-templates/.` + (guess ? ` Maksud Anda "${guess}"?` : ''),
            `Gunakan salah satu: ${known.join(', ')}.`,
          ),
        );
      });
    });
  }
  return issues;
}

/** The same nomor used twice in one agency is an error on every file after the first. */
export function checkUniqueNomor(catalog: Catalog): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const seen = new Map<string, SopSource>();
  for (const sop of [...catalog.sops].sort((a, b) => a.file.localeCompare(b.file))) {
    if (isPlaceholder(sop.data.nomor)) continue; // not numbered yet: listed with the placeholders
    const key = `${sop.data.instansi}\u0000${sop.data.nomor.replace(/\s+/g, '')}`;
    const first = seen.get(key);
    if (first) {
      issues.push(
        error(sop.file, 'nomor', `Nomor SOP "${sop.data.nomor}" sudah dipakai oleh ${first.file} pada instansi yang sama.`, 'Beri nomor SOP yang berbeda sesuai buku agenda instansi.'),
      );
    } else seen.set(key, sop);
  }
  return issues;
}
