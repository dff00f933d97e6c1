/**
 * /tinjau.xml: an Atom feed (RFC 4287) with one entry per SOP whose review is overdue or due
 * within REVIEW_WARNING_DAYS days, for offices that follow reminders in a feed reader.
 */
import { escapeHtml } from '../html/escape';
import { formatTanggal, parseIsoDate } from '../letters/indonesian-date';
import { type DatedReview } from './review-date';

export interface FeedOptions {
  /** "YYYY-MM-DD": the build date (the feed's and entries' `updated`). */
  today: string;
  agencyNames: ReadonlyMap<string, string>;
  /** The site's public address without trailing slash, or null: links are then site-relative. */
  siteUrl: string | null;
  /** Site-relative page of an SOP ("/sop/x/"). */
  sopPath: (sopId: string) => string;
}

const tanggal = (iso: string) => formatTanggal(parseIsoDate(iso)!);

/** The entry's id: stable per SOP and review date (a new date is a new reminder). */
export function reviewEntryId(sopId: string, date: string): string {
  return `urn:sop-ap:tinjau-ulang:${sopId.replace(/[^A-Za-z0-9-]/g, '.')}:${date}`;
}

/** When the entry says the review is: "sudah lewat 12 hari", "hari ini", "dalam 5 hari". */
export function dueText(daysLeft: number): string {
  if (daysLeft < 0) return `sudah lewat ${-daysLeft} hari`;
  if (daysLeft === 0) return 'hari ini';
  return `dalam ${daysLeft} hari`;
}

export function reviewFeed(due: readonly DatedReview[], options: FeedOptions): string {
  const x = escapeHtml;
  const abs = (path: string) => (options.siteUrl ?? '') + path;
  const updated = `${options.today}T00:00:00Z`;
  const entries = due.map((r) => {
    const agency = options.agencyNames.get(r.agencyId) ?? r.agencyId;
    return [
      '  <entry>',
      `    <id>${x(reviewEntryId(r.sopId, r.date))}</id>`,
      `    <title>${x(`Tinjau ulang SOP: ${r.judul}`)}</title>`,
      `    <updated>${updated}</updated>`,
      `    <link rel="alternate" type="text/html" href="${x(abs(options.sopPath(r.sopId)))}"/>`,
      `    <summary>${x(`SOP ${r.nomor} (${agency}): tinjau ulang ${tanggal(r.date)}, ${dueText(r.daysLeft)}.`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">',
    '  <id>urn:sop-ap:tinjau-ulang</id>',
    '  <title>Tinjau ulang SOP</title>',
    '  <subtitle>SOP yang tanggal tinjau ulangnya sudah lewat atau tiba dalam 30 hari.</subtitle>',
    `  <updated>${updated}</updated>`,
    '  <author><name>Pengelola SOP</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${x(abs('/tinjau.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(abs('/tinjau/'))}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
