/**
 * The validated sources of a project, as the checker and the site see them: every SOP with its
 * id and file, every agency, every regulation. Built by src/node/load-sources.ts from disk.
 */
import type { Agency } from '../model/agency';
import type { EvaluationRecord } from '../model/evaluation';
import type { Regulation } from '../model/regulation';
import type { Service } from '../model/service';
import type { SopFrontmatter } from '../model/sop';

export interface SopSource {
  /** Path under sops/ without extension: "tanjungpinang/penanganan-eks-narapidana". */
  id: string;
  /** File relative to the project root. */
  file: string;
  data: SopFrontmatter;
  /** The MDX narrative. */
  body: string;
  /** 1-based file line where the body starts (for messages about the narrative). */
  bodyLine?: number;
}

export interface AgencySource {
  id: string;
  file: string;
  data: Agency;
}

/** A service for the public (sops/_layanan/<id>.yaml). */
export interface ServiceSource {
  /** File name without extension; its page is /layanan/<id>/. */
  id: string;
  file: string;
  data: Service;
}

/** A recorded monitoring or evaluation (sops/_data/evaluasi/<sop-id>/<tanggal>.yaml). */
export interface EvaluationSource {
  /** The SOP the folders name; may be unknown (the checker reports it). */
  sopId: string;
  /** "YYYY-MM-DD", from the file name. */
  date: string;
  file: string;
  data: EvaluationRecord;
}

export interface Catalog {
  sops: SopSource[];
  /** Services for the public; undefined = not loaded (the editor's snapshot). */
  services?: ServiceSource[];
  /** Recorded monitoring and evaluation; undefined = not loaded (the editor's snapshot). */
  evaluations?: EvaluationSource[];
  agencies: Map<string, AgencySource>;
  regulations: Map<string, Regulation>;
  regulationsFile: string;
  /** Ids of letter templates (letter-templates/<id>.hbs); undefined = not checked. */
  letterTemplates?: Set<string>;
  /**
   * Ids of agencies and regulations whose own file or entry is broken: already reported there,
   * so SOPs citing them get no second error (no cascades).
   */
  broken?: {
    agencies: Set<string>;
    regulations: Set<string>;
    /** The regulations file itself could not be read (reported there): no citation is reported again. */
    regulationsFile?: boolean;
    /**
     * Ids of SOP files that exist but could not be read (their errors are reported in the SOP):
     * services, related SOPs, successors and evaluation records naming them get no second error.
     */
    sops?: Set<string>;
  };
  /**
   * The site's public address (src/core/site/public-url.ts): null when neither the site settings
   * nor the build name one; undefined = not checked (the editor's snapshot).
   */
  siteUrl?: string | null;
  /** Whether a file exists under public/ ("/logo/x.svg"); undefined = not checked (browser). */
  publicFileExists?: (path: string) => boolean;
}

/** Whether an SOP id names a file that exists but has errors of its own (reported there). */
export function isBrokenSop(catalog: Pick<Catalog, 'broken'>, id: string): boolean {
  return catalog.broken?.sops?.has(id) ?? false;
}
