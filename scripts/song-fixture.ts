/**
 * Builds the site into .song-fixture/ with the test song in place of content/song/:
 * tests/fixtures/song/ (an LRC and its entry) plus a 10-second tone generated here, so the
 * song player can be tested end to end without shipping a fake recording in the real site.
 * Run by Playwright before it serves .song-fixture/dist (see playwright.config.ts).
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, copyProject, ROOT } from './lib/project-copy.ts';

const OUT = join(ROOT, '.song-fixture');

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

copyProject(OUT);
rmSync(join(OUT, 'content/song'), { recursive: true });
cpSync(join(ROOT, 'tests/fixtures/song'), join(OUT, 'content/song'), { recursive: true });
writeFileSync(join(OUT, 'content/song/test-song.wav'), toneWav(10));

const build = buildProject(OUT);
if (build.status !== 0) {
  console.error(`${build.output}\nsong fixture: the build with the test song failed (see above)`);
  process.exit(1);
}
