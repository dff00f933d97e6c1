/**
 * Reads a hosted-git backend file (docs/editor/*.yml): Decap's `backend` block plus the
 * addresses the admin page may connect to (its CSP). Refuses unfilled `[ISI: ...]` values
 * only when asked to build (`requireFilled`), so the documented examples still load in tests.
 */
import { isPlaceholder } from '../model/placeholder';
import type { BackendConfig } from './decap-config';

export const HOSTED_BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo'] as const;

export type HostedResult =
  | { ok: true; backend: BackendConfig; connect: string[]; placeholders: string[] }
  | { ok: false; message: string };

export function hostedBackend(raw: unknown, file: string, requireFilled = true): HostedResult {
  const value = (raw ?? {}) as { backend?: Record<string, unknown>; connect?: unknown };
  const b = value.backend;
  if (!b || typeof b !== 'object') return { ok: false, message: `${file}: tulis blok backend (lihat contoh di docs/editor/).` };
  if (!HOSTED_BACKENDS.includes(b.name as (typeof HOSTED_BACKENDS)[number])) {
    return { ok: false, message: `${file}: backend.name harus salah satu dari ${HOSTED_BACKENDS.join(', ')}.` };
  }
  if (typeof b.repo !== 'string' || typeof b.branch !== 'string') {
    return { ok: false, message: `${file}: isi backend.repo (pemilik/nama) dan backend.branch (misalnya main).` };
  }
  const connect = Array.isArray(value.connect) ? value.connect.map(String) : [];
  const placeholders = [...Object.entries(b).filter(([, v]) => isPlaceholder(v)).map(([k]) => `backend.${k}`), ...connect.filter((c) => isPlaceholder(c)).map(() => 'connect')];
  if (requireFilled && placeholders.length) {
    return { ok: false, message: `${file}: isi dahulu ${placeholders.join(', ')} (masih [ISI: ...]).` };
  }
  return { ok: true, backend: b as BackendConfig, connect, placeholders };
}
