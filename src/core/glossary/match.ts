/**
 * Finding the domain's acronyms in text and in search queries, and the extra words a page that
 * uses them is indexed with, so that "eks napi" and "BWBLP" find the same SOP and "trafficking"
 * finds the SOP on perdagangan orang.
 */
import { ACRONYMS, spellings, type Acronym } from './acronyms';

const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word pattern for a word or phrase (any run of spaces between its words). */
export function wordPattern(text: string, flags = 'u'): RegExp {
  const body = text.trim().split(/\s+/).map(escapeRegex).join(String.raw`\s+`);
  return new RegExp(NOT_WORD_BEFORE + body + NOT_WORD_AFTER, flags);
}

interface CompiledAcronym {
  acronym: Acronym;
  /** Its spellings, case-sensitive. */
  exact: RegExp[];
  /** Its spellings, case-insensitive (queries are typed in any case). */
  loose: RegExp[];
  /** Meaning and synonyms, case-insensitive. */
  phrases: RegExp[];
}

const COMPILED: CompiledAcronym[] = ACRONYMS.map((acronym) => ({
  acronym,
  exact: spellings(acronym).map((s) => wordPattern(s, 'u')),
  loose: spellings(acronym).map((s) => wordPattern(s, 'iu')),
  phrases: [acronym.meaning, ...acronym.synonyms].map((p) => wordPattern(p, 'iu')),
}));

/** Acronyms a text refers to, by acronym (as written) or by meaning or synonym, in glossary order. */
export function acronymsInText(text: string): Acronym[] {
  return COMPILED.filter((c) => c.exact.some((r) => r.test(text)) || c.phrases.some((r) => r.test(text))).map(
    (c) => c.acronym,
  );
}

/** Acronyms a search query refers to, typed in any case ("bwblp", "eks napi", "Trafficking"). */
export function acronymsInQuery(query: string): Acronym[] {
  return COMPILED.filter((c) => c.loose.some((r) => r.test(query)) || c.phrases.some((r) => r.test(query))).map(
    (c) => c.acronym,
  );
}

/**
 * Words to index with a page whose text is `text`: for every acronym it refers to, the acronym,
 * its other spellings, its meaning and its synonyms, written as a sentence because search
 * results may quote it ("Istilah terkait: KPO (Korban Perdagangan Orang), juga: trafficking,
 * ..."). Empty when it refers to none.
 */
export function searchKeywords(text: string): string {
  const found = acronymsInText(text);
  if (found.length === 0) return '';
  const parts = found.map(
    (a) => `${spellings(a).join('/')} (${a.meaning})` + (a.synonyms.length ? `, juga: ${a.synonyms.join(', ')}` : ''),
  );
  return `Istilah terkait: ${parts.join('; ')}.`;
}
