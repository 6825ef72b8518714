/** Reads content files for the editorial tests: YAML frontmatter and the MDX body. */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { caseFacets, type CaseLike, type Facet } from '../../src/lib/case-facets';

const CONTENT = resolve(import.meta.dirname, '../../content');

export interface ContentFile {
  file: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** One content file (MDX or Markdown with YAML frontmatter), read from an absolute path. */
export function readContentFile(path: string): ContentFile {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter`);
  const file = basename(path);
  return {
    file,
    id: file.replace(/\.mdx?$/, ''),
    data: parse(match[1]!) as Record<string, unknown>,
    body: match[2]!,
  };
}

/** Every published MDX file of a collection folder (drafts starting with _ left out). */
export function readCollection(folder: string): ContentFile[] {
  const dir = join(CONTENT, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((file) => readContentFile(join(dir, file)));
}

/** One YAML content file that holds a single entry (a quiz question), read from an absolute path. */
export function readYamlFile(path: string): ContentFile {
  const file = basename(path);
  return {
    file,
    id: file.replace(/\.ya?ml$/, ''),
    data: parse(readFileSync(path, 'utf8')) as Record<string, unknown>,
    body: '',
  };
}

/** Every published YAML file of a one-entry-per-file collection folder (quiz/), drafts left out. */
export function readYamlCollection(folder: string): ContentFile[] {
  const dir = join(CONTENT, folder);
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
    .map((file) => readYamlFile(join(dir, file)));
}

/** Number of Chinese characters (CJK unified ideographs) in a text. */
export const chineseChars = (text: string) => (text.match(/[\u4e00-\u9fff]/g) ?? []).length;

/** The case library's filters as the site builds them, computed from the files in content/. */
export function caseFiltersFromContent(): { cases: CaseLike[]; facets: Facet[] } {
  const cases = readCollection('cases').map((c): CaseLike => ({
    id: c.id,
    data: {
      guide: { id: c.data['guide'] as string },
      audiences: (c.data['audiences'] as string[]).map((id) => ({ id })),
      channel: c.data['channel'] as CaseLike['data']['channel'],
      outcome: c.data['outcome'] as CaseLike['data']['outcome'],
    },
  }));
  const ids = (folder: string) => readCollection(folder).map((e) => ({ id: e.id, label: e.id }));
  return { cases, facets: caseFacets(cases, ids('guides'), ids('audiences')) };
}
