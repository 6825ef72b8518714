import { describe, expect, it } from 'vitest';
import { importedModules, lowPriorityScripts, staticImports } from '../../src/lib/script-priority';

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

describe('staticImports', () => {
  it('names what a built module imports statically, and not what it loads later with import()', () => {
    const js =
      'import{t as e}from"./preload-helper.Cl0WDjog.js";import"./side.js";import x from \'./x.js\';' +
      'import * as all from "./all.js";var a=()=>e(()=>import("./later.js"),[]);const important=1;';
    expect(staticImports(js)).toEqual([
      './preload-helper.Cl0WDjog.js',
      './side.js',
      './x.js',
      './all.js',
    ]);
    expect(staticImports('let a=`import`;function imports(){}')).toEqual([]);
  });
});

describe('importedModules', () => {
  const graph: Record<string, string[]> = {
    '/_astro/a.js': ['./shared.js', './only-a.js'],
    '/_astro/b.js': ['./shared.js', '../other/c.js'],
    '/_astro/shared.js': ['./deep.js', './a.js'],
    '/_astro/deep.js': ['./shared.js'],
  };
  const importsOf = (path: string) => graph[path] ?? [];

  it('follows imports through each other, resolving each against its importer, once each', () => {
    expect(importedModules(['/_astro/a.js', '/_astro/b.js'], importsOf)).toEqual([
      '/_astro/shared.js',
      '/_astro/deep.js',
      '/_astro/only-a.js',
      '/other/c.js',
    ]);
  });

  it('leaves out the entries themselves, even when a chunk imports one', () => {
    expect(importedModules(['/_astro/a.js'], importsOf)).not.toContain('/_astro/a.js');
    expect(importedModules([], importsOf)).toEqual([]);
  });
});

describe('lowPriorityScripts with imports', () => {
  const importsOf = (path: string) =>
    ({ '/_astro/a.js': ['./chunk.js'], '/_astro/b.js': ['./chunk.js', './two.js'] })[path] ?? [];
  const preload = (path: string) => `<link rel="modulepreload" fetchpriority="low" href="${path}">`;

  it('preloads what the scripts import at low priority, just before the first script', () => {
    const html =
      '<head><link rel="stylesheet" href="/s.css"></head><body><p>正文</p>' +
      '<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script></body>';
    expect(lowPriorityScripts(html, importsOf)).toBe(
      '<head><link rel="stylesheet" href="/s.css"></head><body><p>正文</p>' +
        preload('/_astro/chunk.js') +
        preload('/_astro/two.js') +
        '<script type="module" fetchpriority="low" src="/_astro/a.js"></script>' +
        '<script type="module" fetchpriority="low" src="/_astro/b.js"></script></body>',
    );
  });

  it('adds nothing twice when run again, and nothing for a page without scripts', () => {
    const once = lowPriorityScripts(
      '<p>x</p><script type="module" src="/_astro/b.js"></script>',
      importsOf,
    );
    expect(lowPriorityScripts(once, importsOf)).toBe(once);
    expect(lowPriorityScripts('<p>x</p>', importsOf)).toBe('<p>x</p>');
  });
});
