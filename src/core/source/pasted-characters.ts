/**
 * Characters that come with text copied from Word or PDF and that YAML reads differently from
 * what the author sees: invisible characters (a zero-width space makes "peksos" a different id),
 * curly quotes around a value (YAML keeps them as part of the text, so “dinsos-tanjungpinang” is
 * not the agency's id and “462/10/2024” is printed with its quotes), a full-width colon after a
 * field name. Each is found with the offset where it is, for the message's line.
 */
import { isScalar, visit, type Document } from 'yaml';
import type { PathPart } from '../checks/issue';
import { nodePath } from './yaml-node-path';
import { INVISIBLE, invisibleHint } from '../model/invisible-characters';
import { WORD_BULLETS } from '../model/item-numbering';

export interface PastedCharacter {
  /** Offset in the YAML text. */
  offset: number;
  /** What is wrong, in Indonesian. */
  hint: string;
  /** How to fix it. */
  fix: string;
}

/** Opening and closing curly quotes as Word types them. */
const CURLY = /^([\u201c\u201e\u2018])[\s\S]*[\u201d\u201c\u2019]$/;

export interface InvisibleCharacter extends PastedCharacter {
  /**
   * In running text (a value with spaces): it prints as nothing and the text reads as written, so
   * it is only worth a warning. In a key or a one-word value (an id, a number, a choice) it makes
   * the value another one than the author sees: an error.
   */
  inText: boolean;
  /** The value's field path (keys and list positions), for the warning. */
  path: PathPart[];
}

/** Every invisible character in a key or value (not in comments): one per scalar, with the word before it. */
export function invisibleCharacters(doc: Document, yamlText: string): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (!node.range || !INVISIBLE.test(String(node.value))) return;
      const source = yamlText.slice(node.range[0], node.range[1]);
      const m = INVISIBLE.exec(source);
      if (!m) return;
      const offset = node.range[0] + m.index;
      const before = /(\S{1,30})$/.exec(yamlText.slice(0, offset).split('\n').pop()!.replace(/^\s*(?:-\s+)?[^:]*:\s*/, '').replace(/^["']/, ''))?.[1];
      found.push({
        offset,
        inText: key !== 'key' && /\s/.test(String(node.value).replace(new RegExp(INVISIBLE.source, 'g'), '').trim()),
        path: nodePath(ancestors, node),
        hint: invisibleHint(m[0], before),
        fix: 'Hapus teks di baris ini dan ketik ulang dengan papan ketik.',
      });
    },
  });
  return found;
}

/**
 * Cyrillic and Greek letters drawn like Latin ones, as a PDF's text layer or a keyboard set to
 * another language gives them: "lurаh" with a Cyrillic "а" looks like the id "lurah" but is not.
 */
const LOOKALIKES: Record<string, string> = {
  '\u0430': 'a', '\u0435': 'e', '\u043e': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x',
  '\u0456': 'i', '\u0458': 'j', '\u0455': 's', '\u04bb': 'h', '\u0501': 'd',
  '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041a': 'K', '\u041c': 'M', '\u041d': 'H', '\u041e': 'O',
  '\u0420': 'P', '\u0421': 'C', '\u0422': 'T', '\u0425': 'X', '\u0406': 'I',
  '\u03bf': 'o', '\u03b1': 'a', '\u03bd': 'v', '\u03b9': 'i', '\u03ba': 'k', '\u03c1': 'p', '\u03c4': 't', '\u03c5': 'u',
  '\u0391': 'A', '\u0392': 'B', '\u0395': 'E', '\u0396': 'Z', '\u0397': 'H', '\u0399': 'I', '\u039a': 'K',
  '\u039c': 'M', '\u039d': 'N', '\u039f': 'O', '\u03a1': 'P', '\u03a4': 'T', '\u03a5': 'Y', '\u03a7': 'X',
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`);

/**
 * The first Cyrillic or Greek look-alike letter in a field name or a one-word value (an id, a
 * choice, a number), written among Latin letters: the value is another one than the author sees.
 */
export function lookalikeLetter(doc: Document, yamlText: string): PastedCharacter | undefined {
  let found: PastedCharacter | undefined;
  visit(doc, {
    Scalar(key, node) {
      const value = String(node.value);
      if (!node.range || !LOOKALIKE.test(value) || !/[a-z]/i.test(value) || (key !== 'key' && /\s/.test(value.trim()))) return;
      const source = yamlText.slice(node.range[0], node.range[1]);
      const m = LOOKALIKE.exec(source);
      if (!m) return;
      const word = value.trim();
      // An "O" among digits stands for the digit zero: "uu-11-2О09".
      const meant = (c: string, before = '', after = '') => (/^[oO]$/.test(LOOKALIKES[c]!) && (/\d/.test(before) || /\d/.test(after)) ? '0' : LOOKALIKES[c]!);
      const latin = word.replace(new RegExp(LOOKALIKE.source, 'g'), (c, i: number) => meant(c, word[i - 1], word[i + 1]));
      const at = word.indexOf(m[0]);
      const first = meant(m[0], word[at - 1], word[at + 1]);
      const script = /[\u0370-\u03ff]/.test(m[0]) ? 'Yunani' : 'Kiril';
      found = {
        offset: node.range[0] + m.index,
        hint: `"${word}" memuat huruf ${script} "${m[0]}" yang tampak seperti ${first === '0' ? 'angka' : 'huruf Latin'} "${first}" (biasanya tersalin dari PDF): teks yang tampak sama dibaca berbeda.`,
        fix: `Hapus "${word}" dan ketik ulang dengan papan ketik: ${latin}.`,
      };
      return visit.BREAK;
    },
  });
  return found;
}

/** The first plain (unquoted) value wrapped in curly quotes: “...” or ‘...’. */
export function curlyQuotedValue(doc: Document): PastedCharacter | undefined {
  let found: PastedCharacter | undefined;
  visit(doc, {
    Scalar(_, node) {
      if (!isScalar(node) || node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
      const m = CURLY.exec(node.value);
      if (!m) return;
      const [open, close] = m[1] === '\u2018' ? ['\u2018', '\u2019'] : ['\u201c', '\u201d'];
      found = {
        offset: node.range[0],
        hint: `Teks di baris ini diapit tanda kutip lengkung ${open}...${close} (biasanya tersalin dari Word); YAML tidak membacanya sebagai tanda kutip, sehingga tanda kutip itu ikut menjadi isi.`,
        fix: 'Ganti dengan tanda kutip lurus "...", atau hapus tanda kutipnya.',
      };
      return visit.BREAK;
    },
  });
  return found;
}

/** A full-width colon "：" (from an Asian-language keyboard or PDF) where a field name ends. */
export function fullWidthColon(line: string): Omit<PastedCharacter, 'offset'> | undefined {
  return /^\s*(?:-\s+)?[^\s:#：][^:#：]*：/.test(line)
    ? { hint: 'Titik dua setelah nama kolom adalah titik dua lebar penuh "：" (biasanya tersalin dari PDF).', fix: 'Ganti "：" dengan titik dua biasa ":" lalu satu spasi.' }
    : undefined;
}

const WORD_LIST_MARKER = new RegExp(`^\\s*(\\d{1,2}[.)]|[a-z][.)]|[${WORD_BULLETS}\\u2013\\u2014*+])\\s+\\S`);

/** A list item numbered or bulleted as Word writes it ("1. ...", "• ..."): its marker, or undefined. */
export function wordListMarker(line: string): string | undefined {
  return WORD_LIST_MARKER.exec(line)?.[1];
}

/** A field name followed by a colon and a non-breaking space ("pelaksana:\u00a0staf"): the field's name. */
export function nonBreakingSpaceAfterColon(line: string): string | undefined {
  return /^\s*(?:-\s+)?([^\s:#][^:#]*?):\u00a0/.exec(line)?.[1];
}
