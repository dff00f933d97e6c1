/**
 * /tinjau.ics: an iCalendar file (RFC 5545) with one all-day event per SOP review date and a
 * display alarm REVIEW_WARNING_DAYS days before, so an office subscribes once in its own
 * calendar. UIDs are stable per SOP (a moved review date updates the same event). Lines end with
 * CRLF and are folded at 75 octets; text values escape backslash, comma, semicolon and newline.
 */
import { formatTanggal, parseIsoDate } from '../letters/indonesian-date';
import { addDays, REVIEW_WARNING_DAYS, type DatedReview } from './review-date';

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeIcsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const utf8Length = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/** Folds one content line into lines of at most 75 octets, never splitting a character (§3.1). */
export function foldIcsLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch);
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + n > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out;
}

const icsDate = (iso: string) => iso.replace(/-/g, '');
const tanggal = (iso: string) => formatTanggal(parseIsoDate(iso)!);

/** The stable UID of an SOP's review event. */
export function reviewEventUid(sopId: string): string {
  return `tinjau-ulang-${sopId.replace(/[^A-Za-z0-9-]/g, '.')}@sop-ap`;
}

export interface CalendarOptions {
  /** "YYYY-MM-DD": the build date, stamped on every event. */
  today: string;
  /** Agency names by id, for the event text. */
  agencyNames: ReadonlyMap<string, string>;
  /** Absolute address of an SOP page, or null when the site has no public address. */
  pageUrl: (sopId: string) => string | null;
}

/** The whole calendar as text with CRLF line endings. */
export function reviewCalendar(reviews: readonly DatedReview[], options: CalendarOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//SOP AP//Pengingat Tinjau Ulang SOP//ID', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Tinjau ulang SOP'];
  for (const r of reviews) {
    const agency = options.agencyNames.get(r.agencyId) ?? r.agencyId;
    const url = options.pageUrl(r.sopId);
    const basis = r.source === 'sop' ? 'tanggal tinjau ulang SOP' : 'siklus tinjau ulang instansi';
    const description = `SOP ${r.nomor} (${agency}) dijadwalkan ditinjau ulang pada ${tanggal(r.date)} (${basis}).` + (url ? `\n${url}` : '');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${reviewEventUid(r.sopId)}`,
      `DTSTAMP:${icsDate(options.today)}T000000Z`,
      `DTSTART;VALUE=DATE:${icsDate(r.date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(r.date, 1))}`,
      `SUMMARY:${escapeIcsText(`Tinjau ulang SOP: ${r.judul}`)}`,
      `DESCRIPTION:${escapeIcsText(description)}`,
      ...(url ? [`URL:${url}`] : []),
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:-P${REVIEW_WARNING_DAYS}D`,
      `DESCRIPTION:${escapeIcsText(`Tinjau ulang SOP ${r.judul} dalam ${REVIEW_WARNING_DAYS} hari`)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.flatMap(foldIcsLine).join('\r\n') + '\r\n';
}
