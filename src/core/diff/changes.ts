/**
 * What changed between two versions of an SOP, as a list a reviewer reads top to bottom:
 * identity fields, actors (lanes), steps, the total time, the narrative. Steps are named by
 * their number in the new version (a removed step by its old number); a step whose number only
 * shifted because another was inserted or removed is not a change.
 */
import type { WordPart } from './words';

export type { WordPart };

/** One cell of a step, or one part of its decision. `label` is the field's label in the editor. */
export interface StepCellChange {
  /** "kegiatan", "pelaksana", "kelengkapan", "waktu", "output", "keterangan", "surat", "keputusan", "keputusan.pertanyaan", "keputusan.ya", "keputusan.tidak". */
  field: string;
  label: string;
  before: string;
  after: string;
  words: WordPart[];
}

/** A cell of a step shown whole (a step added or removed). */
export interface StepCell {
  field: string;
  label: string;
  text: string;
}

export type SopChange =
  /** An identity field with one value; `before`/`after` are "" when the field is empty. */
  | { kind: 'field'; path: string; label: string; before: string; after: string; words: WordPart[] }
  /** A list field (dasar hukum, peralatan ...): the items added and removed. */
  | { kind: 'field-items'; path: string; label: string; added: string[]; removed: string[] }
  | { kind: 'actor-added'; id: string; label: string }
  | { kind: 'actor-removed'; id: string; label: string }
  /** The lane's heading changed (its id may have changed too). */
  | { kind: 'actor-renamed'; id: string; before: string; after: string; words: WordPart[] }
  /** The lanes' order changed: headings from left to right. */
  | { kind: 'actor-order'; before: string[]; after: string[] }
  | { kind: 'step-added'; after: number; kegiatan: string; cells: StepCell[] }
  | { kind: 'step-removed'; before: number; kegiatan: string; cells: StepCell[] }
  /**
   * A step moved to another place in the order: it now follows step `follows` (0: it is first).
   * `cells` lists what else changed in it.
   */
  | { kind: 'step-moved'; before: number; after: number; follows: number; kegiatan: string; cells: StepCellChange[] }
  | { kind: 'step-changed'; before: number; after: number; kegiatan: string; cells: StepCellChange[] }
  /** The total time as pages write it ("2 jam 15 menit"), or "tidak dapat dihitung". */
  | { kind: 'total'; before: string; after: string }
  /** A section of the narrative, by its heading ("" = the text before the first heading). */
  | { kind: 'narrative'; change: 'added' | 'removed' | 'changed'; heading: string; headingBefore?: string; words: WordPart[] };

export type SopChangeKind = SopChange['kind'];
