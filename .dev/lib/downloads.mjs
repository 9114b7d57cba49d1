// Fetches Maven artifacts into .run/downloads and unpacks them once (later runs reuse the unpack).
import fs from 'node:fs';
import path from 'node:path';
import { commandExists, log, run } from './proc.mjs';

export function fetchArtifact(runDir, coordinates, fileName) {
  const dir = path.join(runDir, 'downloads');
  const file = path.join(dir, fileName);
  if (!fs.existsSync(file)) {
    log(`fetching ${coordinates} from Maven`);
    fs.mkdirSync(dir, { recursive: true });
    run('mvn', ['-q', 'dependency:copy', `-Dartifact=${coordinates}`, `-DoutputDirectory=${dir}`], { quiet: true });
  }
  return file;
}

/** Unzips (unzip, or the JDK's jar when unzip is missing) into dir. */
export function unzip(zipFile, dir, entries = []) {
  fs.mkdirSync(dir, { recursive: true });
  if (commandExists('unzip')) run('unzip', ['-q', '-o', zipFile, ...entries, '-d', dir], { quiet: true });
  else run('jar', ['xf', path.resolve(zipFile), ...entries], { cwd: dir, quiet: true });
}

/** Builds target through a temporary sibling so an interrupted unpack is never mistaken for a good one. */
export function atomically(target, build) {
  const tmp = `${target}.partial`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  build(tmp);
  fs.renameSync(tmp, target);
}
