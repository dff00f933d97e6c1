/**
 * The browser shell of the SOP editor (/admin/): Decap CMS with the Indonesian locale, the
 * SOP MDX and YAML data formats that rewrite only changed values, the SOP, agency and
 * regulation widgets and the live preview.
 * Everything it checks or draws comes from src/core. Bundled by src/node/editor/build-admin.ts.
 */
import CMS from 'decap-cms-app';
import React from 'react';
import { BODY_KEY, parseEntryFile, serializeEntryFile } from '../core/editor/entry-file';
import type { EditorCatalog } from '../core/editor/editor-catalog';
import { SOP_FORMAT } from '../core/editor/decap-config';
import { DATA_FORMAT, parseDataFile, parseRegulationsFile, REGULATIONS_FORMAT, serializeDataFile, serializeRegulationsFile } from '../core/editor/data-file';
import { DATA_WIDGETS, setImageControl } from './data-widgets';
import { escapeHtml } from '../core/html/escape';
import { LOCALE_ID } from './locale-id';
import { liveEntry, setSnapshot, getSnapshot, type Immutableish } from './entry-state';
import { previewHtml, problemsHtml } from '../core/editor/preview-html';
import { reviewDiffHtml } from '../core/diff/review-diff';
import { WIDGETS } from './widgets';

interface CmsApi {
  registerLocale(name: string, phrases: unknown): void;
  registerCustomFormat(name: string, ext: string, f: { fromFile(t: string): unknown; toFile(d: unknown): string }): void;
  registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
  getWidget(name: string): { control?: unknown } | undefined;
  registerPreviewTemplate(name: string, c: unknown): void;
  registerPreviewStyle(href: string): void;
  registerEventListener(l: { name: string; handler: (a: { entry: Immutableish }) => unknown }): void;
  init(o: { config: unknown }): void;
}
const cms = CMS as unknown as CmsApi;
const h = React.createElement;

function Preview(props: { entry: Immutableish; collection?: Immutableish }): React.ReactNode {
  const live = liveEntry(props.entry, props.collection);
  let html = '';
  if (live.readOnly) html = `<p class="notice notice--warning">${escapeHtml(live.readOnly)}</p>`;
  else {
    if (live.issues.some((i) => i.severity === 'error')) html = problemsHtml(live.issues);
    if (live.data) {
      const body = typeof live.raw[BODY_KEY] === 'string' ? (live.raw[BODY_KEY] as string) : '';
      // What a reviewer checks first: the changes against the published version.
      let review = '';
      try {
        review = reviewDiffHtml(live.id, { data: live.data, body }, getSnapshot());
      } catch {
        // A difference that cannot be computed must not hide the preview.
      }
      try {
        html += previewHtml(live.id, live.data, getSnapshot(), review);
      } catch {
        // The flow cannot be drawn yet; the messages above say why.
        html += review;
      }
    }
  }
  return h('div', { className: 'sop-preview', dangerouslySetInnerHTML: { __html: html } });
}

async function start(): Promise<void> {
  const [config, snapshot] = await Promise.all([
    fetch('/admin/config.json').then((r) => r.json()),
    fetch('/admin/editor-catalog.json').then((r) => r.json() as Promise<EditorCatalog>),
  ]);
  setSnapshot(snapshot);
  // The local backend lives on this page's own server (npm run editor): an absolute address.
  const local = (config as { local_backend?: { url?: string } }).local_backend;
  if (local?.url?.startsWith('/')) local.url = `${location.origin}${local.url}`;
  cms.registerLocale('id', LOCALE_ID);
  cms.registerCustomFormat(SOP_FORMAT, 'mdx', {
    fromFile: (text: string) => parseEntryFile(text),
    toFile: (data: unknown) => serializeEntryFile(data as Record<string, unknown>),
  });
  cms.registerCustomFormat(DATA_FORMAT, 'yaml', {
    fromFile: (text: string) => parseDataFile(text),
    toFile: (data: unknown) => serializeDataFile(data as Record<string, unknown>),
  });
  cms.registerCustomFormat(REGULATIONS_FORMAT, 'yaml', {
    fromFile: (text: string) => parseRegulationsFile(text),
    toFile: (data: unknown) => serializeRegulationsFile(data as Record<string, unknown>),
  });
  setImageControl((cms.getWidget('image')?.control ?? null) as Parameters<typeof setImageControl>[0]);
  const optionsSchema = { properties: { sop_path: { type: 'string' }, options: { type: 'array' } } };
  for (const [name, control] of Object.entries({ ...WIDGETS, ...DATA_WIDGETS })) cms.registerWidget(name, control, () => null, optionsSchema);
  cms.registerPreviewStyle('/admin/preview.css');
  for (const c of (config as { collections: { name: string; sop_kind?: string }[] }).collections) {
    if (c.sop_kind === 'sop') cms.registerPreviewTemplate(c.name, Preview);
  }
  cms.init({ config });
}

void start();
