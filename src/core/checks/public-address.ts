/**
 * An image written through the public/ folder, as a file manager shows it ("public/gambar/a.png",
 * "../../public/gambar/a.png"): the site serves public/ from the root of its address, so the
 * image's address is "/gambar/a.png".
 */

/** The address under the site root of a relative `path` that passes through public/, else null. */
export function publicAddress(path: string): string | null {
  const m = /^(?:\.{1,2}\/)*public\/(.+)$/.exec(path.replace(/\\/g, '/'));
  return m ? `/${m[1]}` : null;
}
