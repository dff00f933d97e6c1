/**
 * Astro integration: the pictures beside the SOPs (sops/dinsos/alur.png, named "./alur.png" in a
 * narrative) are published under /gambar-sop/ (sopFileUrl, src/core/site/urls.ts), where the
 * narrative's HTML shows them from (src/node/narrative/remark-sop-files.ts). Only pictures: the
 * SOP files and data files next to them are not published as files.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOP_FILES_URL } from '../core/site/urls';

const PICTURE = /\.(png|jpe?g|gif|svg|webp|avif)$/i;

/** Pictures under `dir`, as "/"-separated paths relative to it, skipping dot files and folders. */
function pictures(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.')) return [];
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return pictures(join(dir, e.name), rel);
    return e.isFile() && PICTURE.test(e.name) ? [rel] : [];
  });
}

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
        if (!existsSync(sops)) return;
        const out = join(fileURLToPath(dir), SOP_FILES_URL);
        for (const rel of pictures(sops)) {
          mkdirSync(dirname(join(out, rel)), { recursive: true });
          copyFileSync(join(sops, rel), join(out, rel));
        }
      },
    },
  };
}
