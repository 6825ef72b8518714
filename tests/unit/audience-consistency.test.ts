import { describe, expect, it } from 'vitest';
import {
  findAudienceDisagreements,
  formatAudienceDisagreements,
  linkedGuides,
} from '../../src/data/audience-consistency';

const ref = (id: string) => ({ id });
const guide = (id: string, audiences: string[]) => ({
  id,
  filePath: `content/guides/${id}.mdx`,
  data: { audiences: audiences.map(ref) },
});
const audience = (id: string, guides: string[], body = '') => ({
  id,
  filePath: `content/audiences/${id}.mdx`,
  body,
  data: { guides: guides.map(ref) },
});
const kase = (id: string, guideId: string, audiences: string[]) => ({
  id,
  filePath: `content/cases/${id}.mdx`,
  data: { guide: ref(guideId), audiences: audiences.map(ref) },
});

describe('linkedGuides', () => {
  it('finds GuideLink slugs and /guides/<slug>/ links, not the audience filter pages', () => {
    const body =
      '读<GuideLink slug="ai-huanlian" />和<GuideLink  slug=\'liangka\'>两卡</GuideLink>，' +
      '见[刷单](/guides/shuadan-fanli/)，又见 [学生](/guides/for/students/) 和 <GuideLink slug="ai-huanlian" />';
    expect(linkedGuides(body).sort()).toEqual(['ai-huanlian', 'liangka', 'shuadan-fanli']);
  });
});

describe('findAudienceDisagreements', () => {
  const guides = [guide('shuadan-fanli', ['students', 'elderly']), guide('liangka', ['students'])];

  it('accepts content that agrees', () => {
    const found = findAudienceDisagreements(
      guides,
      [kase('c1', 'shuadan-fanli', ['elderly'])],
      [
        audience('students', ['shuadan-fanli', 'liangka'], '<GuideLink slug="liangka" />'),
        audience('elderly', ['shuadan-fanli']),
      ],
    );
    expect(found).toEqual([]);
  });

  it('names the case and its guide when a case speaks to an audience its guide lacks', () => {
    const found = findAudienceDisagreements(
      guides,
      [kase('c1', 'liangka', ['elderly'])],
      [audience('students', ['shuadan-fanli', 'liangka']), audience('elderly', ['shuadan-fanli'])],
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.files).toEqual(['content/cases/c1.mdx', 'content/guides/liangka.mdx']);
    expect(found[0]!.message).toContain('"elderly"');
  });

  it('names the guide and the page when a page lists or links a guide that lacks the audience', () => {
    const found = findAudienceDisagreements(
      guides,
      [],
      [
        audience('students', ['shuadan-fanli', 'liangka']),
        audience('elderly', ['shuadan-fanli', 'liangka']),
        audience('teachers', [], '见 <GuideLink slug="liangka" />'),
      ],
    );
    const text = formatAudienceDisagreements(found);
    expect(text).toContain('content/guides/liangka.mdx: field "audiences" lacks "elderly"');
    expect(text).toContain('content/audiences/elderly.mdx: field "guides" lists "liangka"');
    expect(text).toContain('content/guides/liangka.mdx: field "audiences" lacks "teachers"');
    expect(text).toContain('the text links to "liangka"');
  });

  it('the reverse: a guide names an audience whose page does not list it', () => {
    const found = findAudienceDisagreements(
      guides,
      [],
      [audience('students', ['shuadan-fanli']), audience('elderly', ['shuadan-fanli'])],
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.files).toEqual([
      'content/audiences/students.mdx',
      'content/guides/liangka.mdx',
    ]);
    expect(found[0]!.message).toContain('field "guides" lacks "liangka"');
  });

  it('leaves a missing guide to the reference check', () => {
    expect(
      findAudienceDisagreements(
        guides,
        [kase('c1', 'nope', ['x'])],
        [
          audience('students', ['shuadan-fanli', 'liangka']),
          audience('elderly', ['shuadan-fanli']),
        ],
      ),
    ).toEqual([]);
  });
});
