import { describe, expect, it } from 'vitest';
import { lowPriorityScripts } from '../../src/lib/script-priority';

describe('lowPriorityScripts', () => {
  it('marks every external module script, and only those', () => {
    const html =
      '<head><script src="/prefs-init.js"></script><script src="/registerSW.js" defer></script></head>' +
      '<body><script type="module" src="/_astro/a.js"></script><p>type="module"</p>' +
      '<script type="module" src="/_astro/b.js"></script>' +
      '<script type="application/ld+json">{}</script></body>';
    expect(lowPriorityScripts(html)).toBe(
      '<head><script src="/prefs-init.js"></script><script src="/registerSW.js" defer></script></head>' +
        '<body><script type="module" fetchpriority="low" src="/_astro/a.js"></script><p>type="module"</p>' +
        '<script type="module" fetchpriority="low" src="/_astro/b.js"></script>' +
        '<script type="application/ld+json">{}</script></body>',
    );
  });

  it('leaves inline module scripts and scripts already given a priority alone, and is idempotent', () => {
    const html =
      '<script type="module">import "/x.js"</script>' +
      '<script type="module" fetchpriority="high" src="/_astro/c.js"></script>';
    expect(lowPriorityScripts(html)).toBe(html);
    const once = lowPriorityScripts('<script type="module" src="/_astro/d.js"></script>');
    expect(lowPriorityScripts(once)).toBe(once);
  });
});
