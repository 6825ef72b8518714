/** Data for the case library pages: the cases and the filters with their counts. */
import { caseFacets } from '../lib/case-facets';
import { getAudiences, getCases, getGuides } from './content';

export async function caseLibrary() {
  const [cases, guides, audiences] = await Promise.all([getCases(), getGuides(), getAudiences()]);
  const facets = caseFacets(
    cases,
    guides.map((g) => ({ id: g.id, label: g.data.title })),
    audiences.map((a) => ({ id: a.id, label: a.data.name })),
  );
  return { cases, facets };
}
