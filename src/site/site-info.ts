/**
 * Site-wide names shown in the header, titles and footer, from sops/_data/situs.yaml (checked by
 * `npm run check`; the defaults of src/core/model/site.ts when the file is absent).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, type SiteSettings } from '../core/model/site';
import { readSiteText } from '../core/source/read-sources';
import { SITE_FILE } from '../core/source/source-paths';
import { projectRoot } from './project-root';

export function siteSettings(root = projectRoot()): SiteSettings {
  const full = join(root, SITE_FILE);
  if (!existsSync(full)) return siteSchema.parse({});
  return readSiteText(SITE_FILE, readFileSync(full, 'utf8')).value ?? siteSchema.parse({});
}
