import { describe, expect, it } from 'vitest';
import { findBrokenReferences, formatBrokenReferences } from '../../src/data/references';

const guide = (id: string) => ({ id, filePath: `content/guides/${id}.mdx`, data: { title: id } });
const ref = (collection: string, id: string) => ({ collection, id });

describe('findBrokenReferences', () => {
  it('accepts references to entries that exist', () => {
    const broken = findBrokenReferences({
      guides: [guide('shuadan-fanli')],
      cases: [
        {
          id: 'c1',
          filePath: 'content/cases/c1.mdx',
          data: { guide: ref('guides', 'shuadan-fanli') },
        },
      ],
    });
    expect(broken).toEqual([]);
  });

  it('names the file and the field (with array index) of a dangling reference', () => {
    const broken = findBrokenReferences({
      guides: [guide('shuadan-fanli')],
      audiences: [{ id: 'students', data: {} }],
      cases: [
        {
          id: 'c1',
          filePath: 'content/cases/c1.mdx',
          data: {
            guide: ref('guides', 'shua-dan'),
            audiences: [ref('audiences', 'students'), ref('audiences', 'pupils')],
          },
        },
      ],
    });
    expect(broken).toEqual([
      { file: 'content/cases/c1.mdx', field: 'guide', collection: 'guides', id: 'shua-dan' },
      {
        file: 'content/cases/c1.mdx',
        field: 'audiences[1]',
        collection: 'audiences',
        id: 'pupils',
      },
    ]);
  });

  it('finds references nested in objects and leaves dates and plain objects alone', () => {
    const broken = findBrokenReferences({
      guides: [
        {
          id: 'a',
          data: {
            reviewed: new Date(),
            law: [{ law: 'x', article: 'y' }],
            deep: { next: ref('guides', 'zzz') },
          },
        },
      ],
    });
    expect(broken).toEqual([
      { file: 'guides/a', field: 'deep.next', collection: 'guides', id: 'zzz' },
    ]);
  });

  it('formats one line per problem, with file, field and missing id', () => {
    const text = formatBrokenReferences([
      { file: 'content/cases/c1.mdx', field: 'guide', collection: 'guides', id: 'shua-dan' },
    ]);
    expect(text).toContain('content/cases/c1.mdx: field "guide" refers to "shua-dan"');
    expect(text).toContain('content/guides/');
  });
});
