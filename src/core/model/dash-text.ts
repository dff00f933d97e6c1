/**
 * "-" (or an en or em dash) written alone for a text: how a document marks an empty cell. The
 * schemas let it through where a text is free; the checker's rules (checks/dash.ts) name it.
 */
export const isDashOnly = (value: string | undefined): boolean => value !== undefined && /^[-–—]+$/.test(value.trim());
