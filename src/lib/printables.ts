/**
 * The printable pieces (<Printable id="…" title="…">) an MDX body holds, in order: for the
 * "本页材料" list at the top of an audience page, which otherwise keeps them 6,000 px down.
 */
export interface Piece {
  id: string;
  title: string;
}

export function printablePieces(body: string): Piece[] {
  const pieces: Piece[] = [];
  for (const tag of body.match(/<Printable\b[^>]*>/g) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(tag);
    const id = attr('id');
    const title = attr('title');
    if (id && title) pieces.push({ id: id[1] ?? id[2] ?? '', title: title[1] ?? title[2] ?? '' });
  }
  return pieces;
}
