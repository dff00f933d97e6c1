/**
 * Acronym expansion for search: which acronyms a text or a query refers to, and the words an SOP
 * page is additionally indexed with.
 */
import { describe, expect, it } from 'vitest';
import { ACRONYMS, spellings } from '../../../src/core/glossary/acronyms';
import { acronymsInQuery, acronymsInText, searchKeywords, wordPattern } from '../../../src/core/glossary/match';

const terms = (list: { term: string }[]) => list.map((a) => a.term);

describe('the acronym list', () => {
  it('covers every acronym of formats.md §3 with a meaning', () => {
    const required = [
      'PMKS', 'PSKS', 'BWBLP', 'OT', 'KTK', 'KPO', 'TPPO', 'Peksos', 'TKSK', 'JFT', 'Kabid', 'Kasi', 'Kadis',
      'Rehsos', 'RSTS', 'P2TP2A', 'Baznas', 'Jamkesda', 'RSUD', 'Puskesmas', 'BAST', 'SPPD', 'UPT', 'PM', 'ATK',
      'ATENSI', 'LKS', 'NAPZA',
    ];
    const all = ACRONYMS.flatMap(spellings);
    for (const t of required) expect(all, t).toContain(t);
    expect(all).toContain('TSKK');
    for (const a of ACRONYMS) expect(a.meaning.length, a.term).toBeGreaterThan(a.term.length);
  });

  it('spells every acronym once', () => {
    const all = ACRONYMS.flatMap(spellings);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('acronymsInQuery', () => {
  it('expands "eks napi", "narapidana" and "BWBLP" (any case) to BWBLP', () => {
    for (const q of ['eks napi', 'Eks  Napi', 'narapidana', 'BWBLP', 'bwblp', 'mantan napi']) {
      expect(terms(acronymsInQuery(q)), q).toEqual(['BWBLP']);
    }
  });

  it('expands "trafficking" to both KPO and TPPO, and back', () => {
    expect(terms(acronymsInQuery('trafficking'))).toEqual(['KPO', 'TPPO']);
    expect(terms(acronymsInQuery('perdagangan orang'))).toEqual(['KPO', 'TPPO']);
    expect(terms(acronymsInQuery('tppo'))).toEqual(['TPPO']);
  });

  it('finds the other spelling of an acronym (TSKK for TKSK)', () => {
    expect(terms(acronymsInQuery('tskk'))).toEqual(['TKSK']);
  });

  it('matches whole words only', () => {
    // "ot" inside "otomatis", "pm" inside "pmks", "napi" inside "narapidana" are not words of their own.
    expect(terms(acronymsInQuery('otomatis'))).toEqual([]);
    expect(terms(acronymsInQuery('pmks'))).toEqual(['PMKS']);
    expect(terms(acronymsInQuery('kesejahteraan'))).toEqual([]);
  });
});

describe('acronymsInText', () => {
  it('matches acronyms case-sensitively, meanings and synonyms in any case', () => {
    expect(terms(acronymsInText('Penanganan Eks Narapidana'))).toEqual(['BWBLP']);
    expect(terms(acronymsInText('Pemulangan OT ke daerah asal'))).toEqual(['OT']);
    // "Ot" and "ot" in ordinary prose are not the acronym.
    expect(terms(acronymsInText('Ot ot'))).toEqual([]);
    expect(terms(acronymsInText('Klien Korban Perdagangan Orang (Trafficking)'))).toEqual(['KPO', 'TPPO']);
  });
});

describe('searchKeywords', () => {
  it('adds the acronym, its meaning and its synonyms for every acronym a page refers to', () => {
    const words = searchKeywords('Penanganan Eks Narapidana (BWBLP), data ke database PMKS');
    expect(words).toMatch(/\bBWBLP\b/);
    expect(words).toContain('Bekas Warga Binaan Lembaga Pemasyarakatan');
    expect(words).toMatch(/\beks napi\b/);
    expect(words).toContain('Pemerlu Pelayanan Kesejahteraan Sosial');
    expect(words).not.toMatch(/trafficking/);
  });

  it('lets a page on perdagangan orang be found with "trafficking"', () => {
    expect(searchKeywords('Penanganan Korban Perdagangan Orang')).toMatch(/\btrafficking\b/);
  });

  it('is empty for a text without any known acronym', () => {
    expect(searchKeywords('Menerima laporan warga')).toBe('');
  });
});

describe('wordPattern', () => {
  it('treats any run of spaces in a phrase as one space and escapes regex characters', () => {
    expect(wordPattern('eks napi', 'iu').test('EKS\u00a0 NAPI')).toBe(true);
    expect(wordPattern('P2TP2A').test('(P2TP2A)')).toBe(true);
    expect(wordPattern('a.b').test('axb')).toBe(false);
  });
});
