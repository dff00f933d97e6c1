/**
 * A text written "-" alone (model/dash-text.ts) is printed as "-": the rules on identity texts,
 * officials and agencies name it.
 */
import { isDashOnly } from '../model/dash-text';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';

/** An optional text: what it prints as, where, and what is printed when it is left out. */
export interface OptionalText {
  name: string;
  what: string;
  where: string;
  without: string;
}

/** isian-strip-opsional for each of `texts` written "-" in `values`; `at` is their block ("kepala"), "" at the top. */
export function optionalDashIssues(file: string, at: string, values: Record<string, unknown>, texts: readonly OptionalText[]): CheckIssue[] {
  return texts
    .filter(({ name }) => typeof values[name] === 'string' && isDashOnly(values[name] as string))
    .map(({ name, what, where, without }) => {
      const field = at ? `${at}.${name}` : name;
      return issue(MESSAGES.optionalDash, file, field, { field, key: name, what, where, without });
    });
}
