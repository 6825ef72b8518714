/**
 * The alerts of content/alerts/ as a build on a given day publishes them, worked out from the
 * files with the site's own timing rules (src/lib/alerts.ts), for the checks over dist/.
 */
import { alertState, byWindowStart, type Window } from '../../src/lib/alerts';
import { readYamlCollection, type ContentFile } from './content-files';
import { page } from './dist';

/** YAML dates may come as text (2026-10-01) or as dates; the site compares days. */
const day = (value: unknown): string | undefined =>
  value instanceof Date ? value.toISOString().slice(0, 10) : (value as string | undefined);

export interface ExpectedAlert {
  id: string;
  file: ContentFile;
  status: 'current' | 'expired' | 'upcoming';
  window: Window;
  guides: string[];
}

/** Every alert in `folder` (content/alerts/ by default) and where it stands on `today`. */
export function alertsOn(today: string, files = readYamlCollection('alerts')): ExpectedAlert[] {
  return files.map((file) => {
    const state = alertState(
      {
        date: day(file.data['date'])!,
        expires: day(file.data['expires']),
        repeat: file.data['repeat'] as 'yearly' | undefined,
      },
      today,
    );
    return {
      id: file.id,
      file,
      ...state,
      guides: file.data['guides'] as string[],
    };
  });
}

/** The current alerts, newest first, as the pages list them. */
export const currentOf = (alerts: readonly ExpectedAlert[]) =>
  byWindowStart(alerts.filter((a) => a.status === 'current'));

/** The expired alerts, newest first, as the archive lists them. */
export const expiredOf = (alerts: readonly ExpectedAlert[]) =>
  byWindowStart(alerts.filter((a) => a.status === 'expired'));

/** The day the built site counts as today, as /alerts/ states it. */
export const builtDay = (read: typeof page = page): string =>
  read('/alerts/').querySelector('[data-build-date]')!.getAttribute('datetime')!;
