/**
 * `npm run try-build`: builds a copy of the project in a temporary folder and prints the end
 * of the build's output, so an editor can check content without touching ./dist or ./.astro.
 * Extra arguments go to `astro build`.
 */
import { rmSync } from 'node:fs';
import { buildProject, copyProject } from './lib/project-copy.ts';

const dir = copyProject();
try {
  const { status, output } = buildProject(dir, process.argv.slice(2));
  console.log(
    output
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(-40)
      .join('\n'),
  );
  process.exitCode = status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
