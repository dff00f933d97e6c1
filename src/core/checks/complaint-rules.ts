/**
 * An agency's complaint channels as the public reads them on every service page: a number
 * written alone ("081234567890") does not say whether to call, send a text or write on WhatsApp.
 */
import type { AgencySource } from '../catalog/catalog';
import { bareNumber } from '../model/phone-number';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';

export function checkComplaintChannels(agency: AgencySource): CheckIssue[] {
  return agency.data.pengaduan.flatMap((channel, i) => {
    const number = bareNumber(channel);
    return number ? [issue(MESSAGES.complaintBareNumber, agency.file, `pengaduan[${i}]`, { number, no: i + 1, mobile: /^(?:\+?62\s*-?\s*|0)8/.test(number) })] : [];
  });
}
