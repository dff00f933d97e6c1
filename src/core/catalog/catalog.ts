/**
 * The validated sources of a project, as the checker and the site see them: every SOP with its
 * id and file, every agency, every regulation. Built by src/node/load-sources.ts from disk.
 */
import type { Agency } from '../model/agency';
import type { Regulation } from '../model/regulation';
import type { SopFrontmatter } from '../model/sop';

export interface SopSource {
  /** Path under sops/ without extension: "tanjungpinang/penanganan-eks-narapidana". */
  id: string;
  /** File relative to the project root. */
  file: string;
  data: SopFrontmatter;
  /** The MDX narrative. */
  body: string;
}

export interface AgencySource {
  id: string;
  file: string;
  data: Agency;
}

export interface Catalog {
  sops: SopSource[];
  agencies: Map<string, AgencySource>;
  regulations: Map<string, Regulation>;
  regulationsFile: string;
  /** Ids of letter templates (letter-templates/<id>.hbs); undefined = not checked. */
  letterTemplates?: Set<string>;
}
