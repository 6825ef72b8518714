/**
 * The campaign song: its entry in content/song/ plus, once they exist, the official recording
 * and its time-synced lyrics (LRC) from the same folder. A file named in the frontmatter but
 * missing, or a malformed LRC line, fails the build naming the file (and field or line).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseLrc, type Lyrics } from '../lib/lrc';
import { songFileUrl } from './urls';

interface SongAudio {
  /** File name inside content/song/, served at /song/<file>. */
  file: string;
  /** Absolute path on disk (build time only). */
  path: string;
  /** Public URL. */
  url: string;
  /** MIME type for <source type>. */
  type: string;
}

export interface Song {
  entry: CollectionEntry<'song'>;
  audio: SongAudio | undefined;
  lyrics: Lyrics | undefined;
}

const MIME: Readonly<Record<string, string>> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
};

/** Path of a file the song entry names, failing with the entry's file and field when it is missing. */
function fileNamed(entry: CollectionEntry<'song'>, field: 'audio' | 'lyrics', name: string): string {
  const source = entry.filePath ?? `content/song/${entry.id}.md`;
  const path = join(dirname(join(process.cwd(), source)), name);
  if (!existsSync(path)) {
    throw new Error(
      `${source}: field "${field}" names ${name}, but there is no such file beside it ` +
        `(${field} 字段写的文件 ${name} 不存在；把文件放进 content/song/，或删掉这一行)`,
    );
  }
  return path;
}

export function loadSong(entry: CollectionEntry<'song'>): Song {
  const { audio, lyrics } = entry.data;
  let songAudio: SongAudio | undefined;
  if (audio) {
    const ext = audio.split('.').pop()!.toLowerCase();
    songAudio = { file: audio, path: fileNamed(entry, 'audio', audio), url: songFileUrl(audio), type: MIME[ext]! };
  }
  let songLyrics: Lyrics | undefined;
  if (lyrics) {
    const path = fileNamed(entry, 'lyrics', lyrics);
    songLyrics = parseLrc(readFileSync(path, 'utf8'), relative(process.cwd(), path));
  }
  return { entry, audio: songAudio, lyrics: songLyrics };
}

/** The one campaign song (content/song/ holds exactly one entry). */
export async function getSong(): Promise<Song> {
  const songs = await getCollection('song');
  if (songs.length !== 1) {
    throw new Error(`content/song/ should hold exactly one song file (.md), found ${songs.length}`);
  }
  return loadSong(songs[0]!);
}
