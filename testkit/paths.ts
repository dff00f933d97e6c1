import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** Repository root. */
export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** Where the site project's global setup publishes the sample SOPs (HTML, search index, PDFs). */
export const SITE_DIST = resolve(ROOT, 'tests/.out/dist');
/** Scratch space for tests (screenshots, PDFs, temporary projects). */
export const TEST_OUT = resolve(ROOT, 'tests/.out');
/** Screenshots saved by the e2e tests, for people to look at. */
export const SCREENSHOTS = resolve(ROOT, 'tests/.out/screenshots');

/** The public site address the test build is made for (SOP_SITE_URL): posters' QR codes point there. */
export const BUILD_SITE_URL = process.env.SOP_SITE_URL || 'http://localhost:4321';

/** "Today" of the test build (SOP_TODAY): 12 days before the sample SOPs' review (2025-03-04). */
export const SITE_BUILD_DATE = '2025-02-20';
