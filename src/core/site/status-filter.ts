/**
 * Filtering the SOP lists on status without JavaScript: SOPs in force (berlaku, draf) stay in
 * the bidang tables, those replaced or withdrawn go to a section of their own, and each status
 * has a list page of its own (/status/<status>/) linked from the home page.
 */
import { isEnded, SOP_STATUSES, type SopStatusValue } from '../model/sop';
import { STATUS_LABELS } from './status';

export function statusListUrl(status: SopStatusValue): string {
  return `/status/${status}/`;
}

/** The list heading of SOPs replaced or withdrawn. */
export const ENDED_HEADING = 'Tidak berlaku lagi (digantikan atau dicabut)';

/** SOPs in force (berlaku, draf) and those no longer in force, each in the given order. */
export function splitByStatus<T extends { data: { status: SopStatusValue } }>(sops: readonly T[]): { current: T[]; ended: T[] } {
  return { current: sops.filter((s) => !isEnded(s.data.status)), ended: sops.filter((s) => isEnded(s.data.status)) };
}

export interface StatusLink {
  status: SopStatusValue;
  label: string;
  count: number;
  url: string;
}

/** One link per status, in the lifecycle's order, with how many SOPs have it. */
export function statusLinks(sops: readonly { data: { status: SopStatusValue } }[]): StatusLink[] {
  return SOP_STATUSES.map((status) => ({
    status,
    label: STATUS_LABELS[status],
    count: sops.filter((s) => s.data.status === status).length,
    url: statusListUrl(status),
  }));
}
