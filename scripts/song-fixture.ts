/**
 * Builds the song page into a folder of its own (the first argument; by default
 * bingcheng-song-fixture/ in the system's temporary folder) with the test song in place of content/song/:
 * tests/fixtures/song/ (an LRC and its entry) plus a 10-second tone generated here, so the
 * song player can be tested end to end without shipping a fake recording in the real site.
 * Only the song's routes (and the pre-paint script every page loads) are built: the player's
 * tests open nothing else, and the whole site would take twice as long. Run on demand by the
 * player's tests (tests/e2e/servers.ts), which serve its dist/. Outside the project on purpose:
 * inside it, Tailwind's source scan made the build five times slower.
 */
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProject, copyProject, ROOT } from './lib/project-copy.ts';

const OUT = process.argv[2] ?? join(tmpdir(), 'bingcheng-song-fixture');

/** A mono 16-bit PCM WAV of a quiet tone, `seconds` long. */
function toneWav(seconds: number, rate = 8000, hz = 440): Buffer {
  const samples = Math.round(seconds * rate);
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8, 'ascii');
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28); // byte rate
  wav.writeUInt16LE(2, 32); // block align
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) {
    wav.writeInt16LE(Math.round(2000 * Math.sin((2 * Math.PI * hz * i) / rate)), 44 + i * 2);
  }
  return wav;
}

/** What the song page needs from src/pages/. */
const KEEP_PAGES = new Set(['song', 'prefs-init.js.ts']);

copyProject(OUT);
for (const page of readdirSync(join(OUT, 'src/pages'))) {
  if (!KEEP_PAGES.has(page)) rmSync(join(OUT, 'src/pages', page), { recursive: true });
}
rmSync(join(OUT, 'content/song'), { recursive: true });
cpSync(join(ROOT, 'tests/fixtures/song'), join(OUT, 'content/song'), { recursive: true });
writeFileSync(join(OUT, 'content/song/test-song.wav'), toneWav(10));

const build = buildProject(OUT);
if (build.status !== 0) {
  console.error(`${build.output}\nsong fixture: the build with the test song failed (see above)`);
  process.exit(1);
}
