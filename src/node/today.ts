/**
 * "Today" for the checker and the static site: the build date, or SOP_TODAY ("YYYY-MM-DD") when
 * set (tests, or rebuilding the site as it was on a given day).
 */
export function todayIso(): string {
  return process.env.SOP_TODAY ?? new Date().toISOString().slice(0, 10);
}
