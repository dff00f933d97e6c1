/**
 * docs/pesan-pemeriksa.md lists every message, and every message a rule can give is in
 * messages.ts (rules pick messages by key; no message text lives anywhere else).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageReference } from '../../../src/core/checks/message-reference';
import { MESSAGES } from '../../../src/core/checks/messages';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('the message reference', () => {
  it('docs/pesan-pemeriksa.md is up to date (npm run docs:pesan)', () => {
    expect(readFileSync(join(ROOT, 'docs/pesan-pemeriksa.md'), 'utf8')).toBe(messageReference());
  });

  it('has one row per message with a unique code', () => {
    const codes = Object.values(MESSAGES).map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    const doc = messageReference();
    for (const code of codes) expect(doc).toContain(`| \`${code}\` |`);
  });

  it('every message used by a rule exists, and every message is used', () => {
    const dirs = ['src/core/checks', 'src/core/source', 'src/core/letters', 'src/core/editor', 'src/node'];
    const used = new Set<string>();
    for (const dir of dirs) {
      for (const name of readdirSync(join(ROOT, dir), { recursive: true }) as string[]) {
        if (!name.endsWith('.ts') || name.endsWith('messages.ts')) continue;
        const text = readFileSync(join(ROOT, dir, name), 'utf8');
        for (const m of text.matchAll(/MESSAGES\.(\w+)/g)) used.add(m[1]!);
        for (const m of text.matchAll(/key: '(\w+)'/g)) used.add(m[1]!);
      }
    }
    for (const name of readdirSync(join(ROOT, 'src/core/model'))) {
      for (const m of readFileSync(join(ROOT, 'src/core/model', name), 'utf8').matchAll(/key: '(\w+)'/g)) used.add(m[1]!);
    }
    const defined = Object.keys(MESSAGES);
    expect([...used].filter((k) => !defined.includes(k))).toEqual([]);
    expect(defined.filter((k) => !used.has(k))).toEqual([]);
  });
});
