/**
 * The SOP narrative is A. Dasar Hukum and B. Sasaran Objek generated from the frontmatter, then
 * the MDX body, which normally starts at C. A body that writes its own A. or B. section keeps it
 * and that part is not generated twice.
 */
export interface GeneratedParts {
  dasarHukum: boolean;
  sasaran: boolean;
}

function hasSection(body: string, letter: string): boolean {
  return new RegExp(String.raw`^#{1,6}\s*${letter}\.\s`, 'm').test(body);
}

export function generatedNarrativeParts(body: string): GeneratedParts {
  return { dasarHukum: !hasSection(body, 'A'), sasaran: !hasSection(body, 'B') };
}
