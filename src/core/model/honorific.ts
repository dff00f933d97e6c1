/**
 * A form of address written before a person's position, as a clerk says it: "Pak Lurah",
 * "Bapak Kepala Dinas", "Ibu Kabid", "Sdr. Staf". The SOP names positions (a flowchart's column is
 * a jabatan), so the form of address is not part of an actor's name.
 */
const HONORIFIC = /^(bapak|bpk\.?|pak|ibu|bu|sdr\.?|sdri\.?|saudara|saudari)\s+(\S.*)$/i;
/** Positions whose name starts with such a word: a panti's "Ibu Asuh", "Bapak Asrama", "Ibu Pengasuh". */
const POSITION_WITH_ADDRESS = /^(?:asuh|asrama|pengasuh)\b/i;

/** The form of address and the position after it, or null when the text starts with none. */
export function withoutHonorific(text: string): { honorific: string; rest: string } | null {
  const m = HONORIFIC.exec(text.trim());
  return m && !POSITION_WITH_ADDRESS.test(m[2]!) ? { honorific: m[1]!, rest: m[2]!.trim() } : null;
}
