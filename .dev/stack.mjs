#!/usr/bin/env node
// Dossier's local stack: PostgreSQL, Keycloak, the backend and the SPA, each started, health-checked
// and stopped again by this launcher (Node 20, no dependencies).
//
//   node .dev/stack.mjs run   development stack (5433/8180/8080/5173), data kept in .run/
//   node .dev/stack.mjs e2e   fresh stack on 5434/8280/8090/5180, runs Playwright, exits with its code
//   node .dev/stack.mjs bench fresh PostgreSQL, Keycloak and backend on 5435/8380/8095 (no SPA), runs
//                             the benchmark in backend/bench and exits with its code
//
// `run` uses an external PostgreSQL or Keycloak instead when DB_URL or OIDC_ISSUER is set.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as apps from './lib/apps.mjs';
import * as keycloak from './lib/keycloak.mjs';
import * as postgres from './lib/postgres.mjs';
import { acquireLock, httpOk, log, requireFreePort, stopGroup, tail, waitFor } from './lib/proc.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUN_DIR = path.join(ROOT, '.run');
const REALM_FILE = path.join(ROOT, 'backend', 'keycloak', 'dossier-realm.json');

const MODES = {
  run: { ports: { pg: 5433, keycloak: 8180, backend: 8080, spa: 5173 }, stateDir: RUN_DIR, kcSuffix: '' },
  e2e: { ports: { pg: 5434, keycloak: 8280, backend: 8090, spa: 5180 }, stateDir: path.join(RUN_DIR, 'e2e'), kcSuffix: '-e2e' },
  bench: { ports: { pg: 5435, keycloak: 8380, backend: 8095 }, stateDir: path.join(RUN_DIR, 'bench'), kcSuffix: '-bench' },
};

// Everything started so far, stopped in reverse order.
const services = [];
let lock;
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const service of services.reverse()) {
    log(`stopping ${service.name}`);
    try {
      await service.stop();
    } catch (err) {
      console.error(`[stack] stopping ${service.name} failed: ${err.message}`);
    }
  }
  lock?.release();
  process.exit(code);
}

/**
 * A detached service: stopped with its process group. Once healthy, an unexpected exit brings the
 * stack down (before that, waitFor reports it).
 */
function track(proc) {
  lock.addGroup(proc.pid);
  services.push({ name: proc.name, stop: () => stopGroup(proc.pid) });
  proc.onExit = () => {
    if (stopping || !proc.healthy) return;
    console.error(`[stack] ${proc.name} exited unexpectedly (${proc.code}). Last lines of ${proc.logFile}:\n${tail(proc.logFile)}`);
    shutdown(1);
  };
  return proc;
}

async function startPostgres(cfg, logs) {
  const home = postgres.ensureBinaries(RUN_DIR);
  const dataDir = path.join(cfg.stateDir, 'pgdata');
  postgres.ensureCluster(home, dataDir, cfg.ports.pg);
  await requireFreePort(cfg.ports.pg, 'PostgreSQL');
  const started = Date.now();
  services.push({ name: 'postgres', stop: () => postgres.stop(home, dataDir) });
  postgres.start(home, dataDir, path.join(logs, 'postgres.log')); // pg_ctl -w: returns once it accepts connections
  log(`PostgreSQL is up on ${cfg.ports.pg} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return `jdbc:postgresql://localhost:${cfg.ports.pg}/${postgres.DB.name}`;
}

async function startKeycloak(cfg, logs, fresh) {
  const ver = keycloak.version(ROOT);
  const home = path.join(RUN_DIR, `keycloak-${ver}${cfg.kcSuffix}`);
  keycloak.ensureDistribution(RUN_DIR, ver, home);
  keycloak.prepareRealm(home, REALM_FILE, { fresh });
  await requireFreePort(cfg.ports.keycloak, 'Keycloak');
  const logFile = path.join(logs, 'keycloak.log');
  const proc = track(keycloak.start(home, cfg.ports.keycloak, logFile));
  // The caller waits for readiness later, so the builds run while Keycloak boots.
  const since = Date.now();
  return () => waitFor(`Keycloak ${ver}`, () => httpOk(keycloak.discoveryUrl(cfg.ports.keycloak)),
    { timeoutSec: 420, proc, logFile, since });
}

async function startBackend(cfg, logs, env) {
  await requireFreePort(cfg.ports.backend, 'backend');
  const logFile = path.join(logs, 'backend.log');
  const proc = track(apps.startBackend(ROOT, { ...env, HTTP_PORT: String(cfg.ports.backend) }, logFile));
  await waitFor('backend', () => httpOk(`http://localhost:${cfg.ports.backend}/q/health/ready`),
    { timeoutSec: 180, proc, logFile });
  return proc;
}

async function startSpa(cfg, logs, starter) {
  await requireFreePort(cfg.ports.spa, 'SPA');
  const logFile = path.join(logs, 'spa.log');
  const proc = track(starter(logFile));
  await waitFor('SPA', () => httpOk(`http://localhost:${cfg.ports.spa}/`), { timeoutSec: 90, proc, logFile });
}

/** Cleans up after a launcher of the same mode that was killed without stopping its services. */
async function takeOverFrom(stale, cfg) {
  if (!stale) return;
  log(`cleaning up after a previous launcher (pid ${stale.pid}) that did not stop its services`);
  for (const pgid of stale.groups ?? []) await stopGroup(pgid);
  const home = postgres.binariesDir(RUN_DIR);
  const dataDir = path.join(cfg.stateDir, 'pgdata');
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) postgres.stop(home, dataDir);
}

async function runStack() {
  const cfg = MODES.run;
  const logs = path.join(RUN_DIR, 'logs');
  fs.mkdirSync(logs, { recursive: true });
  lock = acquireLock(path.join(RUN_DIR, 'run.lock'));
  await takeOverFrom(lock.stale, cfg);

  const issuer = process.env.OIDC_ISSUER ?? `http://localhost:${cfg.ports.keycloak}/realms/dossier`;
  const dbUrl = process.env.DB_URL ?? (await startPostgres(cfg, logs));
  const keycloakReady = process.env.OIDC_ISSUER ? async () => {} : await startKeycloak(cfg, logs, false);
  apps.ensureBackendJar(ROOT);
  apps.ensureFrontendDeps(ROOT);
  await keycloakReady();

  await startBackend(cfg, logs, {
    DB_URL: dbUrl,
    DB_USER: process.env.DB_URL ? process.env.DB_USER : postgres.DB.user,
    DB_PASSWORD: process.env.DB_URL ? process.env.DB_PASSWORD : postgres.DB.password,
    DB_OWNER_USER: process.env.DB_URL ? process.env.DB_OWNER_USER : postgres.DB.owner,
    DB_OWNER_PASSWORD: process.env.DB_URL ? process.env.DB_OWNER_PASSWORD : postgres.DB.ownerPassword,
    OIDC_ISSUER: issuer,
    DOSSIER_DEMO_DATA: 'true',
  });
  const spaEnv = {
    DOSSIER_API_URL: `http://localhost:${cfg.ports.backend}`,
    VITE_KEYCLOAK_URL: new URL(issuer).origin,
  };
  await startSpa(cfg, logs, (logFile) => apps.startViteDev(ROOT, cfg.ports.spa, spaEnv, logFile));
  printSummary(cfg, dbUrl, issuer, logs);
  setInterval(() => {}, 1 << 30); // stay up until a signal or a service failure
}

async function e2eStack() {
  const cfg = MODES.e2e;
  fs.mkdirSync(RUN_DIR, { recursive: true });
  lock = acquireLock(path.join(RUN_DIR, 'e2e.lock'));
  await takeOverFrom(lock.stale, cfg);
  fs.rmSync(cfg.stateDir, { recursive: true, force: true });
  const logs = path.join(cfg.stateDir, 'logs');
  fs.mkdirSync(logs, { recursive: true });

  const keycloakUrl = `http://localhost:${cfg.ports.keycloak}`;
  const apiUrl = `http://localhost:${cfg.ports.backend}`;
  const dbUrl = await startPostgres(cfg, logs);
  const keycloakReady = await startKeycloak(cfg, logs, true);
  apps.ensureBackendJar(ROOT);
  apps.ensureFrontendDeps(ROOT);
  const outDir = path.join(cfg.stateDir, 'dist');
  const spaEnv = { VITE_KEYCLOAK_URL: keycloakUrl, DOSSIER_API_URL: apiUrl };
  apps.buildSpa(ROOT, outDir, spaEnv);
  await keycloakReady();

  const backend = await startBackend(cfg, logs, {
    DB_URL: dbUrl,
    DB_USER: postgres.DB.user,
    DB_PASSWORD: postgres.DB.password,
    DB_OWNER_USER: postgres.DB.owner,
    DB_OWNER_PASSWORD: postgres.DB.ownerPassword,
    OIDC_ISSUER: `${keycloakUrl}/realms/dossier`,
    DOSSIER_DEMO_DATA: 'true',
    // Every request with its status and duration in backend.log, to read a failed run by.
    QUARKUS_HTTP_ACCESS_LOG_ENABLED: 'true',
    QUARKUS_HTTP_ACCESS_LOG_PATTERN: '%{REQUEST_LINE} %s %D ms',
  });
  await startSpa(cfg, logs, (logFile) => apps.startVitePreview(ROOT, cfg.ports.spa, outDir, spaEnv, logFile));

  log(`running Playwright against http://localhost:${cfg.ports.spa} (service logs in ${path.relative(ROOT, logs)}/)`);
  finishWith('Playwright', 'npx', ['playwright', 'test'], {
    cwd: path.join(ROOT, 'frontend'),
    env: {
      ...process.env,
      E2E_BASE_URL: `http://localhost:${cfg.ports.spa}`,
      E2E_KEYCLOAK_URL: keycloakUrl,
      E2E_BACKEND_PID: String(backend.pid),
      E2E_DATABASE_URL: `postgres://${postgres.DB.user}:${postgres.DB.password}@localhost:${cfg.ports.pg}/${postgres.DB.name}`,
    },
  });
}

function finishWith(name, cmd, args, options) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  services.push({ name, stop: () => child.exitCode === null && child.kill('SIGTERM') });
  child.on('error', (err) => {
    console.error(`[stack] could not start ${name}: ${err.message}`);
    shutdown(1);
  });
  child.on('exit', (code, signal) => {
    log(`${name} finished (${code ?? signal})`);
    shutdown(code ?? 1);
  });
}

async function benchStack() {
  const cfg = MODES.bench;
  fs.mkdirSync(RUN_DIR, { recursive: true });
  lock = acquireLock(path.join(RUN_DIR, 'bench.lock'));
  await takeOverFrom(lock.stale, cfg);
  fs.rmSync(cfg.stateDir, { recursive: true, force: true });
  const logs = path.join(cfg.stateDir, 'logs');
  fs.mkdirSync(logs, { recursive: true });

  const keycloakUrl = `http://localhost:${cfg.ports.keycloak}`;
  const dbUrl = await startPostgres(cfg, logs);
  const keycloakReady = await startKeycloak(cfg, logs, true);
  apps.ensureBackendJar(ROOT);
  apps.ensureBenchDeps(ROOT);
  await keycloakReady();
  const backend = await startBackend(cfg, logs, {
    DB_URL: dbUrl,
    DB_USER: postgres.DB.user,
    DB_PASSWORD: postgres.DB.password,
    DB_OWNER_USER: postgres.DB.owner,
    DB_OWNER_PASSWORD: postgres.DB.ownerPassword,
    OIDC_ISSUER: `${keycloakUrl}/realms/dossier`,
    DOSSIER_DEMO_DATA: 'false',
    // Benchmark clients are not rate limited.
    DOSSIER_RATE_LIMIT_ENABLED: 'false',
  });

  log(`running the benchmark (service logs in ${path.relative(ROOT, logs)}/)`);
  finishWith('benchmark', 'node', [path.join(ROOT, 'backend', 'bench', 'run.mjs')], {
    cwd: path.join(ROOT, 'backend', 'bench'),
    env: {
      ...process.env,
      BENCH_API_URL: `http://localhost:${cfg.ports.backend}`,
      BENCH_KEYCLOAK_URL: keycloakUrl,
      BENCH_BACKEND_PID: String(backend.pid),
      BENCH_LOG_DIR: logs,
      PGHOST: 'localhost',
      PGPORT: String(cfg.ports.pg),
      PGDATABASE: postgres.DB.name,
      PGUSER: postgres.DB.owner,
      PGPASSWORD: postgres.DB.ownerPassword,
    },
  });
}

function printSummary(cfg, dbUrl, issuer, logs) {
  const realm = JSON.parse(fs.readFileSync(REALM_FILE, 'utf8'));
  const rows = realm.users
    .filter((u) => !u.serviceAccountClientId)
    .map((u) => [u.username, u.realmRoles.filter((r) => !r.startsWith('default-roles')).join(','),
      (u.groups ?? []).map((g) => g.replace(/^\//, '')).join(',') || '-', `${u.lastName}${u.firstName}`]);
  const kc = new URL(issuer).origin;
  console.log(`
Dossier is running — Ctrl-C stops everything (logs in ${path.relative(ROOT, logs)}/)

  App (SPA)         http://localhost:${cfg.ports.spa}
  API               http://localhost:${cfg.ports.backend}/api/v1
  Contract          http://localhost:${cfg.ports.backend}/q/openapi
  Health            http://localhost:${cfg.ports.backend}/q/health
  Keycloak console  ${kc}/admin   (admin / admin)
  PostgreSQL        ${dbUrl}

Demo logins, password "dossier":
${rows.map(([user, role, group, name]) => `  ${user.padEnd(12)} ${role.padEnd(16)} ${group.padEnd(10)} ${name}`).join('\n')}
  Partner client    dossier-partner-demo / dossier-partner-demo-secret (client credentials)
`);
}

const mode = process.argv[2];
const main = { run: runStack, e2e: e2eStack, bench: benchStack }[mode];
if (!main) {
  console.error('usage: node .dev/stack.mjs run|e2e|bench');
  process.exit(2);
}
process.on('SIGINT', () => shutdown(130));
process.on('SIGTERM', () => shutdown(143));
main().catch((err) => {
  console.error(`[stack] ${err.message}`);
  shutdown(1);
});
