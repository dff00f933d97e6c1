/**
 * What reading each SOP file gave the last time (src/core/source/read-sources.ts, readSopText:
 * the validated frontmatter and body, or the file's own errors and warnings), kept between two
 * publishes so that a republish after editing one SOP parses one file instead of every file. At a
 * thousand SOPs, parsing the YAML was about 2 of the check's 3 seconds (docs/benchmarks.md).
 *
 * Reading a file depends on nothing but its path and text, and on the code that reads it: an
 * entry is used only when the file's text hashes the same and the cache was written under the
 * same `key` (the publisher's hash of the code, configuration and data, incremental.ts). The
 * YAML syntax tree is not kept: the lines the later checks asked for (a field path's line, for
 * their messages) are kept with the entry, and a path not asked for before is found by reading
 * that file again (load-sources.ts).
 *
 * The narrative check of a file (check-bodies.ts) is kept with it too: it depends on the file's
 * text and on the images of public/ and sops/, which are part of `key`.
 *
 * Kept in node_modules/.cache/sop-dinsos/ of the project (only where node_modules exists), as
 * structured-clone bytes (node:v8), written whole and renamed into place.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SopSource } from '../core/catalog/catalog';
import type { CheckIssue } from '../core/checks/issue';

const VERSION = 2;
const FILE = 'sumber-sop.bin';

export interface CachedSopRead {
  value: SopSource | null;
  issues: CheckIssue[];
}

/** What the narrative check found in a file's body, and the mermaid fences it holds (checked in a browser each time). */
export interface CachedNarrative {
  issues: CheckIssue[];
  fences: { code: string; line: number }[];
}

interface Entry extends CachedSopRead {
  hash: string;
  /** Field path -> its line in the file (null: none), as asked for by the checks. */
  lines: Map<string, number | null>;
  narrative?: CachedNarrative;
}

interface Stored {
  versi: number;
  key: string;
  /** File -> hash of its text, what reading it gave and the lines asked for. */
  entries: Map<string, Entry>;
}

export interface SopReadCache {
  /** What reading `file` gave, if its text is the one read then. */
  get(file: string, text: string): CachedSopRead | undefined;
  /** Remembers what reading `file` gave (for the next `save`). */
  set(file: string, text: string, read: CachedSopRead): void;
  /** The line of a field path in a file read in this run, when known (null: the path has none). */
  line(file: string, path: string): number | null | undefined;
  /** Remembers the line of a field path in a file read in this run. */
  setLine(file: string, path: string, line: number | undefined): void;
  /** The narrative check of a file read in this run, when known. */
  narrative(file: string): CachedNarrative | undefined;
  /** Remembers the narrative check of a file read in this run. */
  setNarrative(file: string, narrative: CachedNarrative): void;
  /** Writes the entries of the files read in this run (files gone since are dropped). */
  save(): void;
  /** How many files were read from the cache, and how many were parsed. */
  readonly stats: { hits: number; misses: number };
}

const textHash = (text: string) => createHash('sha256').update(text).digest('hex');

/** The cache of the project at `root`, valid for `key`; empty when missing, unreadable or written under another key. */
export function openSopReadCache(root: string, key: string): SopReadCache | undefined {
  const modules = join(root, 'node_modules');
  if (!existsSync(modules)) return undefined;
  const dir = join(modules, '.cache', 'sop-dinsos');
  const path = join(dir, FILE);
  let previous: Stored['entries'] = new Map();
  try {
    const stored = deserialize(readFileSync(path)) as Stored;
    if (stored.versi === VERSION && stored.key === key && stored.entries instanceof Map) previous = stored.entries;
  } catch {
    // No cache yet, or one this version cannot read: every file is parsed.
  }
  const next: Stored['entries'] = new Map();
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    get(file, text) {
      const hit = previous.get(file);
      if (!hit || hit.hash !== textHash(text) || !(hit.lines instanceof Map)) return undefined;
      next.set(file, hit);
      stats.hits++;
      return { value: hit.value, issues: hit.issues };
    },
    set(file, text, read) {
      stats.misses++;
      next.set(file, { hash: textHash(text), value: read.value, issues: read.issues, lines: new Map() });
    },
    line: (file, path) => next.get(file)?.lines.get(path),
    setLine(file, path, line) {
      next.get(file)?.lines.set(path, line ?? null);
    },
    narrative: (file) => next.get(file)?.narrative,
    setNarrative(file, narrative) {
      const entry = next.get(file);
      if (entry) entry.narrative = narrative;
    },
    save() {
      try {
        mkdirSync(dir, { recursive: true });
        const tmp = `${path}.${process.pid}`;
        writeFileSync(tmp, serialize({ versi: VERSION, key, entries: next } satisfies Stored));
        renameSync(tmp, path);
      } catch {
        // A cache that cannot be written only makes the next check slower.
      }
    },
  };
}
