/**
 * The printable pieces (<Printable id="…" title="…">) an MDX body holds, in order: for the
 * "本页材料" list at the top of an audience page, which otherwise keeps them 6,000 px down.
 */
import { audienceUrl, withFragment } from '../data/urls';

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

/** Where a case's `material` (the piece that would have stopped it) lives, for a link. */
export interface MaterialLink {
  href: string;
  title: string;
}

/**
 * Resolves a case's `material` field against the audience pages, or throws a build error naming
 * the case file and the field when the page or the piece does not exist.
 */
export function resolveMaterial(
  caseFile: string,
  wanted: { page: { id: string }; piece: string },
  audiences: readonly { id: string; body?: string | undefined }[],
): MaterialLink {
  const page = audiences.find((a) => a.id === wanted.page.id);
  const piece = page && printablePieces(page.body ?? '').find((p) => p.id === wanted.piece);
  if (!page || !piece) {
    throw new Error(
      `${caseFile}: field "material.piece" is "${wanted.piece}", but content/audiences/${wanted.page.id}.mdx ` +
        `has no <Printable id="${wanted.piece}"> (材料不存在)`,
    );
  }
  return { href: withFragment(audienceUrl(page.id), piece.id), title: piece.title };
}
