/** Components editors may use in MDX without importing them (see content/README.md). */
import Callout from './Callout.astro';
import CampaignFigures from './CampaignFigures.astro';
import CaseLink from './CaseLink.astro';
import DoDont from './DoDont.astro';
import GuideLink from './GuideLink.astro';
import Line from './Line.astro';
import Printable from './Printable.astro';
import RedFlags from './RedFlags.astro';
import Script from './Script.astro';
import Steps from './Steps.astro';
import TrueFalse from './TrueFalse.astro';

export const mdxComponents = { Callout, CampaignFigures, CaseLink, DoDont, GuideLink, Line, Printable, RedFlags, Script, Steps, TrueFalse };
