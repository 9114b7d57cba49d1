// Process helpers: synchronous commands, detached process groups, health polling, a lock file.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export const log = (msg) => console.log(`[stack] ${msg}`);
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a command to completion; throws on a non-zero exit. Output is inherited, or with `quiet`
 * captured (and returned) and shown when the command fails.
 */
export function run(cmd, args, { cwd, env, input, quiet = false } = {}) {
  const res = spawnSync(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.error) throw new Error(`${cmd}: ${res.error.message}`);
  if (res.status !== 0) {
    const output = quiet ? `\n${res.stdout}${res.stderr}`.trimEnd() : '';
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${res.status ?? res.signal})${output}`);
  }
  return quiet ? `${res.stdout}${res.stderr}` : '';
}

export function commandExists(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

export function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Starts a command as the leader of its own process group (detached), output to logFile.
 * Its own group lets us stop the whole tree (kc.sh → java, npx → node) with one signal.
 */
export function startGroup(name, cmd, args, { cwd, env, logFile }) {
  const fd = fs.openSync(logFile, 'w');
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', fd, fd],
  });
  fs.closeSync(fd);
  const proc = { name, pid: child.pid, logFile, exited: false, healthy: false, code: null, onExit: null };
  child.on('error', (err) => {
    fs.appendFileSync(logFile, `\n${cmd}: ${err.message}\n`);
    proc.exited = true;
    proc.onExit?.(proc);
  });
  child.on('exit', (code, signal) => {
    proc.exited = true;
    proc.code = code ?? signal;
    proc.onExit?.(proc);
  });
  return proc;
}

const groupAlive = (pgid) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/** SIGTERM to the whole group, SIGKILL after the grace period; waits until no member is left. */
export async function stopGroup(pgid, graceMs = 20000) {
  if (!pgid || !groupAlive(pgid)) return;
  process.kill(-pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(200);
  if (groupAlive(pgid)) {
    process.kill(-pgid, 'SIGKILL');
    while (groupAlive(pgid)) await sleep(100);
  }
}

export async function httpOk(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
    return res.ok;
  } catch {
    return false;
  }
}

export function portOpen(port, host = 'localhost') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

export async function requireFreePort(port, what) {
  if (await portOpen(port)) {
    throw new Error(`port ${port} (${what}) is already in use; stop whatever listens there first`);
  }
}

/**
 * Polls check() until it is true; fails early if proc died, with the tail of the log.
 * `since` is when the service was launched, for the start-up time reported.
 */
export async function waitFor(what, check, { timeoutSec, proc, logFile, since = Date.now() }) {
  const started = Date.now();
  for (;;) {
    if (await check()) {
      if (proc) proc.healthy = true;
      log(`${what} is up (${((Date.now() - since) / 1000).toFixed(1)} s)`);
      return;
    }
    if (proc?.exited) {
      throw new Error(`${what} exited (${proc.code}) while starting. Last lines of ${logFile}:\n${tail(logFile)}`);
    }
    if (Date.now() - started > timeoutSec * 1000) {
      throw new Error(`${what} not healthy after ${timeoutSec} s. Last lines of ${logFile}:\n${tail(logFile)}`);
    }
    await sleep(500);
  }
}

/**
 * A lock file per mode: refuses a second launcher and, after a crash of the previous one
 * (kill -9), hands back what it had started so it can be cleaned up.
 */
export function acquireLock(file) {
  let stale = null;
  if (fs.existsSync(file)) {
    const previous = JSON.parse(fs.readFileSync(file, 'utf8'));
    let alive = false;
    try {
      process.kill(previous.pid, 0);
      alive = true;
    } catch {
      /* not running */
    }
    if (alive && previous.pid !== process.pid) {
      throw new Error(`another launcher (pid ${previous.pid}) is running; stop it first (lock ${file})`);
    }
    stale = previous;
  }
  const state = { pid: process.pid, groups: [] };
  const save = () => fs.writeFileSync(file, JSON.stringify(state));
  save();
  return {
    stale,
    addGroup(pgid) {
      state.groups.push(pgid);
      save();
    },
    release: () => fs.rmSync(file, { force: true }),
  };
}
