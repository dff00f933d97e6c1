/**
 * Text compared as an author means it, whatever the spacing and capitals: one space between
 * words, none at the ends, lower case ("Kepala  Seksi " is "kepala seksi"). Used wherever a
 * written value is matched against a known one (an actor's label, an agency's name, a title).
 */
export const looseText = (t: string): string => t.replace(/\s+/g, ' ').trim().toLowerCase();

/** A cell's value compared loosely, its final period dropped too ("Gratis." is "gratis"). */
export const looseValue = (t: string): string => looseText(t).replace(/\.$/, '');
