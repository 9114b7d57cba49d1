// Keycloak server distribution from Maven Central, started in dev mode with the realm imported.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { atomically, fetchArtifact, unzip } from './downloads.mjs';
import { log, startGroup } from './proc.mjs';

const DEFAULT_VERSION = '26.4.5';

/** The backend's pom may pin the version (<keycloak.version>); the launcher follows it. */
export function version(root) {
  try {
    const pom = fs.readFileSync(path.join(root, 'backend', 'pom.xml'), 'utf8');
    return pom.match(/<keycloak\.version>\s*([^<\s]+)\s*<\/keycloak\.version>/)?.[1] ?? DEFAULT_VERSION;
  } catch {
    return DEFAULT_VERSION;
  }
}

/** Unpacks the distribution once into `home` (the run and e2e stacks each have their own copy). */
export function ensureDistribution(runDir, ver, home) {
  if (fs.existsSync(path.join(home, 'bin', 'kc.sh'))) return;
  const zip = fetchArtifact(runDir, `org.keycloak:keycloak-quarkus-dist:${ver}:zip`, `keycloak-quarkus-dist-${ver}.zip`);
  log(`unpacking Keycloak ${ver} into ${home}`);
  atomically(home, (tmp) => {
    unzip(zip, tmp);
    const inner = path.join(tmp, `keycloak-${ver}`);
    for (const entry of fs.readdirSync(inner)) fs.renameSync(path.join(inner, entry), path.join(tmp, entry));
    fs.rmdirSync(inner);
    for (const script of fs.readdirSync(path.join(tmp, 'bin')).filter((f) => f.endsWith('.sh'))) {
      fs.chmodSync(path.join(tmp, 'bin', script), 0o755);
    }
  });
}

/**
 * Puts the realm file into data/import. --import-realm skips a realm that already exists, so when
 * the file changed since the last import, the dev database is reset to import the new version.
 * `fresh` always starts from an empty database (end-to-end tests).
 */
export function prepareRealm(home, realmFile, { fresh }) {
  const data = path.join(home, 'data');
  const content = fs.readFileSync(realmFile);
  const hash = crypto.createHash('sha256').update(content).digest('hex');
  const hashFile = path.join(data, 'dossier-realm.sha256');
  const previous = fs.existsSync(hashFile) ? fs.readFileSync(hashFile, 'utf8') : null;
  if (fresh || previous !== hash) {
    if (!fresh && previous) log('realm file changed since the last import: resetting Keycloak\'s dev database');
    fs.rmSync(data, { recursive: true, force: true });
  }
  fs.mkdirSync(path.join(data, 'import'), { recursive: true });
  fs.writeFileSync(path.join(data, 'import', 'dossier-realm.json'), content);
  fs.writeFileSync(hashFile, hash);
}

export function start(home, port, logFile) {
  return startGroup('keycloak', path.join(home, 'bin', 'kc.sh'),
    ['start-dev', `--http-port=${port}`, `--hostname=http://localhost:${port}`, '--import-realm'], {
      cwd: home,
      logFile,
      // Bootstrap admin of the master realm, created on the first start only.
      env: { KC_BOOTSTRAP_ADMIN_USERNAME: 'admin', KC_BOOTSTRAP_ADMIN_PASSWORD: 'admin' },
    });
}

export const discoveryUrl = (port) => `http://localhost:${port}/realms/dossier/.well-known/openid-configuration`;
