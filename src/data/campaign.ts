/** The campaign's figures from content/campaign.yaml, by kind, for /campaign/. */
import { getCollection, type CollectionEntry } from 'astro:content';

type Figures = CollectionEntry<'campaign'>['data'];
export type ChangeFigures = Extract<Figures, { kind: 'change' }>;
export type TotalsFigures = Extract<Figures, { kind: 'totals' }>;

/** Every set of figures in file order, split by kind. */
export async function getCampaignFigures(): Promise<{
  changes: ChangeFigures[];
  totals: TotalsFigures[];
}> {
  const sets = (await getCollection('campaign')).map((e) => e.data);
  return {
    changes: sets.filter((s): s is ChangeFigures => s.kind === 'change'),
    totals: sets.filter((s): s is TotalsFigures => s.kind === 'totals'),
  };
}
