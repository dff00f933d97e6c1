/**
 * The review reminders of the built site, built with SOP_TODAY 2025-02-20: the Tanjungpinang
 * agency reviews every 12 months after efektif (2024-03-04), so its three SOPs are due on
 * 2025-03-04, in 12 days; the provincial SOP is a draft and is not reviewed.
 * /tinjau.ics is read by a small RFC 5545 reader below, /tinjau.xml by Chromium's XML parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_SITE_URL, SITE_DIST } from '../../testkit/paths';
import { norm, openSiteDom, type SiteDom } from './site-dom';

const SOPS = [
  ['tanjungpinang/penanganan-eks-narapidana', 'Penanganan Eks Narapidana (BWBLP)', '462/10/5.6.04/2024'],
  ['tanjungpinang/penanganan-korban-perdagangan-orang', 'Penanganan Korban Perdagangan Orang', '465.3/12/5.6.04/2024'],
  ['tanjungpinang/penanganan-korban-tindak-kekerasan', 'Penanganan Korban Tindak Kekerasan', '462/11/5.6.04/2024'],
] as const;

interface Component {
  name: string;
  props: [name: string, params: string, value: string][];
  children: Component[];
}

/** Unfolds and parses iCalendar text into components; throws on a line that breaks the grammar. */
function parseIcs(text: string): Component {
  if (/[^\r]\n/.test(text) || !text.endsWith('\r\n')) throw new Error('lines must end with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const l of physical) if (Buffer.byteLength(l, 'utf8') > 75) throw new Error(`line longer than 75 octets: ${l}`);
  const lines: string[] = [];
  for (const l of physical) {
    if (l.startsWith(' ') || l.startsWith('\t')) lines[lines.length - 1] += l.slice(1);
    else lines.push(l);
  }
  const stack: Component[] = [{ name: '', props: [], children: [] }];
  for (const line of lines) {
    const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${line}`);
    const [, name, params, value] = m as unknown as [string, string, string, string];
    if (name === 'BEGIN') {
      const c: Component = { name: value, props: [], children: [] };
      stack.at(-1)!.children.push(c);
      stack.push(c);
    } else if (name === 'END') {
      if (stack.pop()!.name !== value) throw new Error(`END:${value} does not close its BEGIN`);
    } else stack.at(-1)!.props.push([name, params, value]);
  }
  if (stack.length !== 1 || stack[0]!.children.length !== 1) throw new Error('unbalanced BEGIN/END');
  return stack[0]!.children[0]!;
}
const prop = (c: Component, name: string) => c.props.filter((p) => p[0] === name).map((p) => (p[1] ? `${p[1]}:${p[2]}` : p[2]));
const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('/tinjau.ics', () => {
  const calendar = parseIcs(readFileSync(join(SITE_DIST, 'tinjau.ics'), 'utf8'));

  it('is a VCALENDAR 2.0 with one event per SOP in force', () => {
    expect(calendar.name).toBe('VCALENDAR');
    expect(prop(calendar, 'VERSION')).toEqual(['2.0']);
    expect(prop(calendar, 'PRODID')).toEqual(['-//SOP AP//Pengingat Tinjau Ulang SOP//ID']);
    expect(calendar.children.map((c) => c.name)).toEqual(['VEVENT', 'VEVENT', 'VEVENT']);
  });

  it('dates each event on 4 March 2025 with a 30-day display alarm, a stable UID and the SOP link', () => {
    const events = calendar.children.map((e) => ({
      uid: prop(e, 'UID'),
      stamp: prop(e, 'DTSTAMP'),
      start: prop(e, 'DTSTART'),
      end: prop(e, 'DTEND'),
      summary: prop(e, 'SUMMARY').map(unescape),
      url: prop(e, 'URL'),
      alarms: e.children.map((a) => [a.name, ...prop(a, 'ACTION'), ...prop(a, 'TRIGGER')]),
    }));
    expect(events).toEqual(
      SOPS.map(([id, judul]) => ({
        uid: [`tinjau-ulang-${id.replace('/', '.')}@sop-ap`],
        stamp: ['20250220T000000Z'],
        start: [';VALUE=DATE:20250304'],
        end: [';VALUE=DATE:20250305'],
        summary: [`Tinjau ulang SOP: ${judul}`],
        url: [`${BUILD_SITE_URL}/sop/${id}/`],
        alarms: [['VALARM', 'DISPLAY', '-P30D']],
      })),
    );
    expect(unescape(prop(calendar.children[0]!, 'DESCRIPTION')[0]!)).toBe(
      `SOP 462/10/5.6.04/2024 (Dinas Sosial Kota Tanjungpinang) dijadwalkan ditinjau ulang pada 4 Maret 2025 (siklus tinjau ulang instansi).\n${BUILD_SITE_URL}/sop/tanjungpinang/penanganan-eks-narapidana/`,
    );
  });
});

describe('/tinjau.xml and /tinjau/', () => {
  let dom: SiteDom;
  beforeAll(async () => {
    dom = await openSiteDom();
  });
  afterAll(() => dom?.close());

  it('is well-formed Atom with one entry per SOP due', async () => {
    const xml = readFileSync(join(SITE_DIST, 'tinjau.xml'), 'utf8');
    const feed = await dom.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      const child = (el: Element, name: string) => el.getElementsByTagNameNS(ns, name)[0];
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        title: child(doc.documentElement, 'title')?.textContent,
        updated: child(doc.documentElement, 'updated')?.textContent,
        entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
          id: child(e, 'id')?.textContent,
          title: child(e, 'title')?.textContent,
          link: child(e, 'link')?.getAttribute('href'),
          summary: child(e, 'summary')?.textContent,
        })),
      };
    }, xml);
    expect(feed).toEqual({
      error: 0,
      root: 'http://www.w3.org/2005/Atom feed',
      title: 'Tinjau ulang SOP',
      updated: '2025-02-20T00:00:00Z',
      entries: SOPS.map(([id, judul, nomor]) => ({
        id: `urn:sop-ap:tinjau-ulang:${id.replace('/', '.')}:2025-03-04`,
        title: `Tinjau ulang SOP: ${judul}`,
        link: `${BUILD_SITE_URL}/sop/${id}/`,
        summary: `SOP ${nomor} (Dinas Sosial Kota Tanjungpinang): tinjau ulang 4 Maret 2025, dalam 12 hari.`,
      })),
    });
  });

  it('the page lists the three Tanjungpinang SOPs as due within 30 days, linked, and links both feeds', async () => {
    await dom.open('/tinjau/');
    expect(await dom.text('[data-tanggal-acuan]')).toBe('20 Februari 2025');
    expect(await dom.attrs('section[data-agency]', 'data-agency')).toEqual(['dinsos-tanjungpinang']);
    expect(await dom.count('[data-tinjau="lewat"], [data-tinjau="tanpa-tanggal"]')).toBe(0);
    expect(await dom.attrs('[data-tinjau="segera"] li a', 'href')).toEqual(SOPS.map(([id]) => `/sop/${id}/`));
    expect((await dom.texts('[data-tinjau="segera"] li')).map(norm)).toEqual(
      SOPS.map(([, judul]) => `${judul} — 4 Maret 2025, dalam 12 hari (menurut siklus instansi)`),
    );
    expect(await dom.attrs('main a[href$=".ics"], main a[href$=".xml"]', 'href')).toEqual(['/tinjau.ics', '/tinjau.xml']);
    await dom.open('/');
    expect(await dom.attrs('.site-footer a[href="/tinjau/"]', 'href')).toEqual(['/tinjau/']);
  });
});
