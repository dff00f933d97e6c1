/**
 * Astro integration: the pictures beside the SOPs (sops/dinsos/alur.png, named "./alur.png" in a
 * narrative) are published under /gambar-sop/ (sopFileUrl, src/core/site/urls.ts), where the
 * narrative's HTML shows them from (src/node/narrative/remark-sop-files.ts). Only pictures: the
 * SOP files and data files next to them are not published as files.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOP_FILES_URL } from '../core/site/urls';
import { listFiles } from '../node/list-files';

const PICTURE = /\.(png|jpe?g|gif|svg|webp|avif)$/i;

export function sopFilesIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'sop-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir }) => {
        const sops = join(root, 'sops');
        const out = join(fileURLToPath(dir), SOP_FILES_URL);
        // A broken link is left out: a narrative that shows it is told by the check that it is missing.
        const found = listFiles(sops, (name) => name.startsWith('.')).filter((f) => PICTURE.test(f) && existsSync(join(sops, f)));
        for (const rel of found) {
          mkdirSync(dirname(join(out, rel)), { recursive: true });
          copyFileSync(join(sops, rel), join(out, rel));
        }
      },
    },
  };
}
