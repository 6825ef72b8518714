/**
 * The tests that need a site with content the real one does not have share one real build of a
 * copy (tests/support/fixture-site.ts says what it holds): the alerts on a fixed day
 * (./fixture-site/alerts-dated.ts) and the case library spread over many pages
 * (./fixture-site/case-pages.ts).
 */
import { afterAll, beforeAll } from 'vitest';
import { buildFixtureSite, removeFixtureSite } from '../support/fixture-site';
import './fixture-site/alerts-dated';
import './fixture-site/case-pages';

beforeAll(buildFixtureSite, 900_000);
afterAll(removeFixtureSite);
