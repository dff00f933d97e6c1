/**
 * "-" (or an en or em dash) written alone for a text: how a document marks an empty cell. The
 * text is then printed as "-"; the rules on identity texts and on officials name it.
 */
export const isDashOnly = (value: string | undefined): boolean => value !== undefined && /^[-–—]+$/.test(value.trim());
