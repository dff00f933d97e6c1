/** One e-mail address with a domain ("dinsos@tanjungpinangkota.go.id"): no space, no "mailto:", no comma. */
export const EMAIL = /^[^\s@:,;]+@[^\s@:,;]+\.[^\s@.:,;]+$/;
