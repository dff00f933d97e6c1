/**
 * Placeholders `[ISI: ...]` still to fill in: one warning each, at its field (frontmatter) or
 * its line (narrative body), and one more when a published SOP still holds any.
 */
import { INLINE_PLACEHOLDER, isPlaceholder, placeholderHint } from '../model/placeholder';
import { formatPath, issue, type CheckIssue, type PathPart } from './issue';
import { MESSAGES } from './messages';

/** Every placeholder `[ISI: ...]` inside a value, with its path. */
export function findPlaceholders(value: unknown, path: PathPart[] = []): { path: string; hint: string }[] {
  if (isPlaceholder(value)) return [{ path: formatPath(path), hint: placeholderHint(value)! }];
  if (typeof value === 'string') {
    return [...value.matchAll(INLINE_PLACEHOLDER)].map((m) => ({ path: formatPath(path), hint: m[1]!.trim() }));
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => findPlaceholders(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => findPlaceholders(v, [...path, k]));
  return [];
}

/** Placeholders in a narrative body, with their file line (the body starts at `bodyLine`). */
export function findBodyPlaceholders(body: string, bodyLine: number): { line: number; hint: string }[] {
  return body.split('\n').flatMap((text, i) => [...text.matchAll(INLINE_PLACEHOLDER)].map((m) => ({ line: bodyLine + i, hint: m[1]!.trim() })));
}

export function checkPlaceholders(file: string, data: unknown, body?: { text: string; line: number }): CheckIssue[] {
  const issues = findPlaceholders(data).map((p) => issue(MESSAGES.placeholder, file, p.path, { hint: p.hint }));
  if (body) {
    for (const p of findBodyPlaceholders(body.text, body.line)) {
      issues.push({ ...issue(MESSAGES.placeholder, file, 'narasi', { hint: p.hint }), line: p.line });
    }
  }
  const status = (data as { status?: string } | null)?.status;
  if (status === 'berlaku' && issues.length) issues.push(issue(MESSAGES.placeholderOnPublished, file, 'status', { count: issues.length }));
  return issues;
}
