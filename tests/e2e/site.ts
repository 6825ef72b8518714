/** Shared helpers for the end-to-end tests: the built site's page list and axe settings. */
import { sitePaths } from '../support/dist';
import { isCaseStudyPath } from '../../src/lib/case-facets';

/** Every page in the built sitemap, as a path (/guides/…/), plus the 404 and offline pages. */
export const allPages = sitePaths;

/** The guide pages themselves (/guides/<slug>/), not the index or its filtered views. */
export function guidePages(): string[] {
  return allPages().filter((p) => /^\/guides\/[^/]+\/$/.test(p) && p !== '/guides/for/');
}

/** The case pages themselves (/cases/<slug>/), not the index or its filtered views. */
export function casePages(): string[] {
  return allPages().filter(isCaseStudyPath);
}

/** The WCAG 2.0–2.2 A and AA rules axe checks on every page. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
