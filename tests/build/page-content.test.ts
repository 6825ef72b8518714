/**
 * What the song, campaign and help pages say, read from dist/: text a reader relies on, checked
 * without a browser. (How they behave — the player, the chart in high contrast — is in tests/e2e/.)
 */
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../src/data/urls';
import { page, text } from '../support/dist';

const main = (path: string) => page(path).querySelector('main')!;

describe('/song/ before the official recording exists', () => {
  it('says the recording will be published here, and shows no player or lyrics', () => {
    expect(text(main(PAGES.song).querySelector('h1'))).toBe('反诈歌曲《就是不转钱》');
    expect(text(main(PAGES.song).querySelector('[data-song-pending]'))).toContain(
      '官方录音和歌词将在这里发布',
    );
    expect(
      main(PAGES.song).querySelectorAll('audio, ol[data-lyrics], [data-big-open]').length,
    ).toBe(0);
    expect(text(main(PAGES.song))).not.toContain('大字歌词');
  });

  it('tells the song’s story and credits it as the source does, without names', () => {
    for (const words of [
      '三名来自不同单位、不同岗位的民警',
      '作词、作曲、编曲和演唱',
      '广场舞',
      '全民反诈在行动',
    ]) {
      expect(text(main(PAGES.song))).toContain(words);
    }
  });

  it('shows the official lines with their source and the site’s own rhymes, labelled as such', () => {
    const slogans = page(PAGES.song).querySelector('section.slogans')!;
    expect(text(slogans)).toContain(
      '未知链接不点击，陌生来电不轻信，个人信息不透露，转账汇款多核实',
    );
    expect(text(slogans)).toContain('三不一多（全国反诈宣传口诀）');
    expect(text(slogans)).toContain('不是官方口径');
    const own = [...slogans.querySelectorAll('h3')].find((h) => text(h).includes('本站编写'));
    expect(
      own?.nextElementSibling?.nextElementSibling?.querySelectorAll('li').length,
    ).toBeGreaterThanOrEqual(12);
  });

  it('is linked from the home page modestly, not as a headline', () => {
    const home = main(PAGES.home);
    expect([...home.querySelectorAll('h1, h2, h3')].map(text).join(' ')).not.toContain(
      '就是不转钱',
    );
    expect(text(home.querySelector(`[data-home-song] a[href="${PAGES.song}"]`))).toContain(
      '就是不转钱',
    );
  });
});

describe('/campaign/', () => {
  it('tells the campaign’s methods from the source', () => {
    for (const words of [
      '打防治并举',
      '五进',
      '14+N',
      '反诈宣传街',
      '老奶奶宣讲小分队',
      '就是不转钱',
      '广场舞',
    ]) {
      expect(text(main(PAGES.campaign))).toContain(words);
    }
  });

  it('carries the slogans and links the song page', () => {
    const slogans = text(page(PAGES.campaign).querySelector('section.slogans'));
    expect(slogans).toContain('不轻信、不转账、不透露');
    expect(slogans).toContain('本站编写的顺口溜');
    expect(main(PAGES.campaign).querySelectorAll(`a[href="${PAGES.song}"]`).length).toBeGreaterThan(
      0,
    );
  });
});

describe('/help/', () => {
  it('covers every way of paying, 110 versus 96110, evidence and follow-up scams', () => {
    for (const words of [
      '银行卡',
      '微信',
      '支付宝',
      '现金',
      '虚拟货币',
      '96110',
      '110',
      '证据',
      '追回',
    ]) {
      expect(text(main(PAGES.help))).toContain(words);
    }
  });
});
