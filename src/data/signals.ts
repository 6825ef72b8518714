/**
 * The data /check/ (可疑信息自查) carries: every warning sign, ready to match, and the guides the
 * signs point to. Built from the guides' `signals` and content/signals.yaml.
 */
import { getGeneralSignals, getGuides } from './content';
import { guideUrl } from './urls';
import { toMatcher, type Matcher } from '../lib/signals';

interface CheckGuide {
  id: string;
  title: string;
  rule: string;
  url: string;
}

export interface CheckData {
  matchers: Matcher[];
  /** Guides in the site's order (ties between scores go to the earlier). */
  guides: CheckGuide[];
}

export async function checkData(): Promise<CheckData> {
  const guides = await getGuides();
  const general = await getGeneralSignals();
  return {
    matchers: [
      ...general.map((s) =>
        toMatcher(
          s.data,
          s.data.guides.map((g) => g.id),
          s.data.label,
        ),
      ),
      ...guides.flatMap((g) => g.data.signals.map((s) => toMatcher(s, [g.id]))),
    ],
    guides: guides.map((g) => ({
      id: g.id,
      title: g.data.title,
      rule: g.data.rule,
      url: guideUrl(g.id),
    })),
  };
}
