// The backend (packaged Quarkus jar) and the SPA (Vite), built only when their inputs changed.
import fs from 'node:fs';
import path from 'node:path';
import { log, run, startGroup } from './proc.mjs';

function newestMtime(file) {
  if (!fs.existsSync(file)) return 0;
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(file).reduce((max, entry) => Math.max(max, newestMtime(path.join(file, entry))), stat.mtimeMs);
}

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

export const backendJar = (root) => path.join(root, 'backend', 'target', 'quarkus-app', 'quarkus-run.jar');

/** Packages the backend when the jar is missing or older than its sources or the contract. */
export function ensureBackendJar(root) {
  const jar = backendJar(root);
  const inputs = ['backend/src', 'backend/pom.xml', 'openapi.yaml'].map((p) => path.join(root, p));
  if (!fs.existsSync(path.join(root, 'backend', 'pom.xml'))) throw new Error('backend/pom.xml is missing');
  if (mtime(jar) >= Math.max(...inputs.map(newestMtime))) return;
  log('packaging the backend (mvn package -DskipTests)');
  run('mvn', ['-q', '-f', path.join(root, 'backend', 'pom.xml'), 'package', '-DskipTests']);
  // Quarkus may leave an unchanged runner untouched; mark it current so we do not rebuild every time.
  const now = new Date();
  fs.utimesSync(jar, now, now);
}

export function startBackend(root, env, logFile) {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  return startGroup('backend', java, ['-jar', backendJar(root)], { cwd: path.join(root, 'backend'), env, logFile });
}

/** `npm ci` in dir when its node_modules is missing or older than its package-lock.json. */
function ensureNodeDeps(dir, what) {
  const lock = path.join(dir, 'package-lock.json');
  if (!fs.existsSync(lock)) throw new Error(`${path.relative(process.cwd(), lock)} is missing`);
  if (mtime(path.join(dir, 'node_modules', '.package-lock.json')) >= mtime(lock)) return;
  log(`installing ${what} dependencies (npm ci)`);
  run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir });
}

export const ensureFrontendDeps = (root) => ensureNodeDeps(path.join(root, 'frontend'), 'frontend');
export const ensureBenchDeps = (root) => ensureNodeDeps(path.join(root, 'backend', 'bench'), 'benchmark');

export function startViteDev(root, port, env, logFile) {
  return startGroup('spa', 'npx', ['vite', '--port', String(port), '--strictPort'], {
    cwd: path.join(root, 'frontend'), env, logFile,
  });
}

/** Production build into outDir (not frontend/dist, which belongs to `make build`). */
export function buildSpa(root, outDir, env) {
  log('building the SPA (vite build)');
  run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { cwd: path.join(root, 'frontend'), env });
}

export function startVitePreview(root, port, outDir, env, logFile) {
  return startGroup('spa', 'npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', outDir], {
    cwd: path.join(root, 'frontend'), env, logFile,
  });
}
