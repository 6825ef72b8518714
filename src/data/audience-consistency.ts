/**
 * Guides, cases and audience pages each say who a scam targets; they must agree.
 *
 * A guide's `audiences` is the single truth of who is at risk. The build fails, naming the
 * files, when:
 * - a case speaks to an audience that its guide does not list;
 * - an audience page lists (`guides`) or links (GuideLink or a /guides/<slug>/ link) a guide
 *   whose `audiences` lacks that audience;
 * - a guide lists an audience whose page does not list the guide (the reverse).
 * Without this, the guide index filtered by audience, the audience page and the cases shown
 * on it would tell a reader three different stories.
 */

/** The parts of the entries this check reads. */
interface Ref {
  id: string;
}
export interface GuideLike {
  id: string;
  filePath?: string | undefined;
  data: { audiences: readonly Ref[] };
}
export interface CaseLike {
  id: string;
  filePath?: string | undefined;
  data: { guide: Ref; audiences: readonly Ref[] };
}
export interface AudienceLike {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: { guides: readonly Ref[] };
}

export interface Disagreement {
  /** The files to look at, the one to fix first. */
  files: [string, string];
  message: string;
}

const fileOf = (collection: string, e: { id: string; filePath?: string | undefined }) =>
  e.filePath ?? `content/${collection}/${e.id}.mdx`;

/** Guide slugs an MDX body links to: `<GuideLink slug="…">` and links to `/guides/<slug>/`. */
export function linkedGuides(body: string): string[] {
  const slugs = new Set<string>();
  for (const m of body.matchAll(/<GuideLink\b[^>]*?\bslug=["']([^"']+)["']/g)) slugs.add(m[1]!);
  for (const m of body.matchAll(/\/guides\/([a-z0-9-]+)\//g)) if (m[1] !== 'for') slugs.add(m[1]!);
  return [...slugs];
}

/** Every place where guides, cases and audience pages disagree about who a scam targets. */
export function findAudienceDisagreements(
  guides: readonly GuideLike[],
  cases: readonly CaseLike[],
  audiences: readonly AudienceLike[],
): Disagreement[] {
  const out: Disagreement[] = [];
  const guideById = new Map(guides.map((g) => [g.id, g]));
  const targets = (g: GuideLike) => new Set(g.data.audiences.map((a) => a.id));

  for (const c of cases) {
    const guide = guideById.get(c.data.guide.id);
    if (!guide) continue; // a missing guide is reported by the reference check
    const allowed = targets(guide);
    for (const a of c.data.audiences) {
      if (!allowed.has(a.id)) {
        out.push({
          files: [fileOf('cases', c), fileOf('guides', guide)],
          message: `field "audiences" has "${a.id}", but its guide "${guide.id}" does not list "${a.id}" in its "audiences"`,
        });
      }
    }
  }

  for (const page of audiences) {
    const listed = new Set(page.data.guides.map((g) => g.id));
    const linked = linkedGuides(page.body ?? '');
    for (const id of new Set([...listed, ...linked])) {
      const guide = guideById.get(id);
      if (!guide || targets(guide).has(page.id)) continue;
      const how = listed.has(id) ? 'field "guides" lists' : 'the text links to';
      out.push({
        files: [fileOf('guides', guide), fileOf('audiences', page)],
        message: `field "audiences" lacks "${page.id}", but ${fileOf('audiences', page)}: ${how} "${id}"`,
      });
    }
    for (const guide of guides) {
      if (targets(guide).has(page.id) && !listed.has(guide.id)) {
        out.push({
          files: [fileOf('audiences', page), fileOf('guides', guide)],
          message: `field "guides" lacks "${guide.id}", but that guide lists "${page.id}" in its "audiences"`,
        });
      }
    }
  }
  return out;
}

/** One readable message for the build log. */
export function formatAudienceDisagreements(found: readonly Disagreement[]): string {
  const lines = found.map((d) => `  ${d.files[0]}: ${d.message} (see ${d.files[1]})`);
  return `Guides, cases and audience pages disagree about who a scam targets (适用人群不一致):\n${lines.join('\n')}`;
}
