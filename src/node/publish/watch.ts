/**
 * `npm run build -- --pantau`: publishes, then stays running and publishes again after every save
 * under sops/, letter-templates/ or public/ (a burst of saves is one republish). Kept running, the
 * process keeps Astro's renderer between publishes (kept-renderer.ts): after an SOP edit only the
 * pages it touches are rendered, without building the site's code again. A publish that fails
 * leaves the previous output as it was and prints the checker's messages; the next save tries again.
 */
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/** Folders whose changes start a republish (code changes need a new process: `npm run build` again). */
export const WATCHED = ['sops', 'letter-templates', 'public'];

/** How long after the last save a republish starts. */
const QUIET_MS = 300;

export interface WatchOptions {
  root: string;
  /** One publish, with its report to the terminal; resolves whether it succeeded or not. */
  publishOnce: () => Promise<void>;
  log: (line: string) => void;
}

/** Publishes now and after every change; resolves when `stop` is called (Ctrl+C in the script). */
export async function publishOnChange(options: WatchOptions): Promise<{ stop: () => void; idle: () => Promise<void> }> {
  let running: Promise<void> = options.publishOnce();
  let pending = false;
  let timer: NodeJS.Timeout | undefined;
  const again = () => {
    timer = undefined;
    if (pending) return;
    pending = true;
    running = running.then(async () => {
      pending = false;
      options.log('Perubahan tersimpan: menerbitkan ulang...');
      await options.publishOnce();
    });
  };
  const watchers: FSWatcher[] = [];
  for (const dir of WATCHED) {
    try {
      watchers.push(
        watch(join(options.root, dir), { recursive: true }, () => {
          clearTimeout(timer);
          timer = setTimeout(again, QUIET_MS);
        }),
      );
    } catch {
      // A folder the project does not have (public/) is not watched.
    }
  }
  await running;
  options.log(`Memantau ${WATCHED.join('/, ')}/ — setiap perubahan diterbitkan ulang. Tekan Ctrl+C untuk berhenti.`);
  return {
    stop: () => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
    idle: () => running,
  };
}
