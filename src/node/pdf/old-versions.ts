/**
 * The old effective versions to print (/pdf/<id>/v<n>.pdf): from each SOP's git history, read as
 * the site reads it (src/node/history), so the PDFs match the pages /sop/<id>/v/<n>/ the Astro
 * build wrote (their narrative is read from there). Without git history there are none. A version
 * whose page is missing is skipped with a note in the log.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../core/catalog/catalog';
import { oldVersionArchiveNote, oldVersionNotice } from '../../core/history/sop-history';
import { OLD_VERSION_WATERMARK } from '../../core/pdf/watermark';
import { versionPdfId } from '../../core/site/urls';
import { historySubjects, readSopHistories } from '../history/read-sop-history';
import type { OldVersionInput } from './hash-inputs';

export function oldVersionInputs(root: string, distDir: string, catalog: Catalog, log: (line: string) => void): OldVersionInput[] {
  const histories = readSopHistories(root, historySubjects(catalog.sops));
  return catalog.sops.flatMap((sop) => {
    const read = histories.get(sop.id)!;
    if (!read.available) return [];
    return read.history.oldVersions.flatMap((v) => {
      const pagePath = `${sop.id}/v/${v.n}`;
      if (!existsSync(join(distDir, 'sop', pagePath, 'index.html'))) {
        log(`PDF versi lama ${sop.id} versi ${v.n} dilewati: halamannya tidak ada.`);
        return [];
      }
      return [{
        src: { id: versionPdfId(sop.id, v.n), file: sop.file, data: v.sop.data, body: v.sop.body },
        pagePath,
        watermark: OLD_VERSION_WATERMARK,
        footerNote: oldVersionNotice(v),
        notice: oldVersionArchiveNote(v),
      }];
    });
  });
}
