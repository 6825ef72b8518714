/**
 * Vitest's file order, with the files that build a copy of the site or start the Java HTML
 * checker first. Vitest starts the longest files first when it has last run's times, but a fresh
 * clone (CI) has none, and then it starts the largest files first: these are small, so the
 * longest of them would start last and the run would wait for it alone.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Longest first; a name that no longer exists is ignored. */
const SLOW_FIRST = ['fixture-site', 'content-errors', 'images', 'html-valid'];

const rank = (spec: TestSpecification): number => {
  const i = SLOW_FIRST.findIndex((name) => spec.moduleId.endsWith(`/${name}.test.ts`));
  return i < 0 ? SLOW_FIRST.length : i;
};

export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted
      .map((spec, i) => ({ spec, i }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i)
      .map(({ spec }) => spec);
  }
}
