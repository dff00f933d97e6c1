/**
 * The project folder the site is built from (set by astro.config.mjs; the working directory
 * otherwise): source files are read relative to it.
 */
export function projectRoot(): string {
  return (import.meta.env.SOP_ROOT as string | undefined) ?? process.cwd();
}
