/**
 * The alerts in content/alerts/ as a whole (no build needed): the seed reminders keep the home
 * page current whatever day the site is built, one per season of the calendar, and every group
 * message fits with a long public address.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/alerts';
import { charCount, GROUP_MESSAGE_MAX, groupMessage } from '../../src/lib/group-message';
import { alertUrl } from '../../src/data/urls';
import { alertsOn, currentOf } from '../support/alerts';
import { readYamlCollection } from '../support/content-files';

const files = readYamlCollection('alerts');

describe('the seed alerts (content/alerts/)', () => {
  it('at least eight are seasonal reminders that come back every year', () => {
    expect(files.filter((f) => f.data['repeat'] === 'yearly').length).toBeGreaterThanOrEqual(8);
  });

  it('keep at least one alert current on every day of two years, a leap year among them', () => {
    const empty: string[] = [];
    for (let day = '2027-01-01'; day <= '2028-12-31'; day = addDays(day, 1)) {
      if (currentOf(alertsOn(day, files)).length === 0) empty.push(day);
    }
    expect(empty).toEqual([]);
  });

  it('each group message fits in a WeChat group even with a long public address', () => {
    // Longer than any address the bureau is likely to publish under.
    const site = 'https://fanzha.harbin-police.gov.cn';
    for (const f of files) {
      const message = groupMessage({
        label: '冰城反诈提醒',
        title: f.data['title'] as string,
        sign: f.data['sign'] as string,
        action: f.data['action'] as string,
        url: `${site}${alertUrl(f.id)}`,
      });
      expect(message, f.file).toBeDefined();
      expect(charCount(message!), f.file).toBeLessThanOrEqual(GROUP_MESSAGE_MAX);
    }
  });
});
