/** Site-wide names shown in the header, titles and footer. */
export const SITE_NAME = 'SOP Dinas Sosial';
