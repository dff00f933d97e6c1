/**
 * PDF step of the publish pipeline (placeholder until the PDF engine lands: renders nothing).
 * Owner: the PDF engineer (issue 4).
 */
import type { Catalog } from '../../core/catalog/catalog';

export interface RenderSitePdfsOptions {
  root: string;
  /** The freshly built site (staging folder). */
  distDir: string;
  /** The previous output, whose PDFs may be reused when their inputs did not change. */
  previousDir: string;
  catalog: Catalog;
  log: (line: string) => void;
}

export async function renderSitePdfs(_options: RenderSitePdfsOptions): Promise<void> {}
