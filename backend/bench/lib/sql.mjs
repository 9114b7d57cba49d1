// PostgreSQL side of the benchmark: psql for set-up, statement capture from the server log, and
// pgbench (-M prepared) for the raw-SQL baseline of each workload.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ADMIN = { PGUSER: 'postgres', PGPASSWORD: 'postgres' };
// The backend's own role, with the backend's session settings: the baseline runs with the same
// rights, triggers and planning (every statement planned for its parameters).
const APP = { PGUSER: 'dossier_app', PGPASSWORD: 'dossier_app', PGOPTIONS: '-c plan_cache_mode=force_custom_plan' };

function run(cmd, args, { env = {}, input } = {}) {
  const result = spawnSync(cmd, args, {
    env: { ...process.env, ...env },
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw new Error(`${cmd}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** Runs SQL as the superuser and returns psql's unaligned output. */
export function psql(sql, { vars = {}, asApp = false } = {}) {
  const args = ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1'];
  for (const [k, v] of Object.entries(vars)) args.push('-v', `${k}=${v}`);
  return run('psql', [...args, '-f', '-'], { env: asApp ? APP : ADMIN, input: sql }).trim();
}

export function psqlFile(file, vars = {}) {
  const args = ['-X', '-q', '-v', 'ON_ERROR_STOP=1'];
  for (const [k, v] of Object.entries(vars)) args.push('-v', `${k}=${v}`);
  return run('psql', [...args, '-f', file], { env: ADMIN });
}

export const version = (tool) => run(tool, ['--version']).trim();

const PREFIX = '@@dossier@@';

/**
 * The statements the backend sent to PostgreSQL while `action` ran, with their parameters, read
 * from the server log (every statement of the application role is logged meanwhile).
 */
export async function captureStatements(logFile, action) {
  const start = fs.statSync(logFile).size;
  psql(`ALTER SYSTEM SET log_min_duration_statement = 0;
        ALTER SYSTEM SET log_line_prefix = '${PREFIX}%u${PREFIX} ';
        SELECT pg_reload_conf();`);
  await new Promise((r) => setTimeout(r, 300));
  try {
    await action();
  } finally {
    psql(`ALTER SYSTEM RESET log_min_duration_statement;
          ALTER SYSTEM RESET log_line_prefix;
          SELECT pg_reload_conf();`);
  }
  await new Promise((r) => setTimeout(r, 300));
  const fd = fs.openSync(logFile, 'r');
  const size = fs.fstatSync(fd).size;
  const buf = Buffer.alloc(size - start);
  fs.readSync(fd, buf, 0, buf.length, start);
  fs.closeSync(fd);
  return parseLog(buf.toString('utf8'));
}

/**
 * Log entries of dossier_app: `duration: … ms  execute <name>: SQL`, each followed by its own
 * `DETAIL:  Parameters: $1 = '…'` entry when it had parameters.
 */
function parseLog(text) {
  const out = [];
  let lastWasExecute = false;
  for (const entry of text.split(new RegExp(`^${PREFIX}`, 'm')).slice(1)) {
    const user = entry.slice(0, entry.indexOf(PREFIX));
    if (user !== 'dossier_app') continue;
    const body = entry.slice(entry.indexOf(PREFIX) + PREFIX.length).trimEnd();
    const exec = body.match(/LOG:\s+duration: [\d.]+ ms\s+(execute [^:]*|statement):\s([\s\S]*)$/);
    if (exec) {
      out.push({ sql: exec[2].replace(/\n\t/g, '\n').trim(), params: [] });
      lastWasExecute = true;
      continue;
    }
    const detail = body.match(/DETAIL:\s+Parameters: ([\s\S]*)$/);
    if (detail && lastWasExecute) out[out.length - 1].params = parseParams(detail[1]);
    lastWasExecute = false;
  }
  return out;
}

/** `$1 = 'a', $2 = NULL, $3 = 'it''s'` → ['a', null, "it's"]. */
function parseParams(text) {
  const params = [];
  const re = /\$(\d+) = (NULL|'((?:[^']|'')*)')/g;
  let m;
  while ((m = re.exec(text))) params[Number(m[1]) - 1] = m[2] === 'NULL' ? null : m[3].replace(/''/g, "'");
  return params;
}

/**
 * A pgbench script running the captured statements in order, their parameters passed as pgbench
 * variables so that -M prepared binds them exactly as the driver did.
 */
export function pgbenchScript(statements, dir, name) {
  const lines = [];
  const defines = [];
  statements.forEach((st, i) => {
    let sql = st.sql.replace(/\s+/g, ' ');
    const fresh = freshValues(sql);
    sql = sql.replace(/\$(\d+)/g, (_, n) => {
      if (fresh.has(Number(n))) return fresh.get(Number(n));
      const value = st.params[Number(n) - 1];
      if (value === null || value === undefined) return 'NULL';
      const variable = `s${i}p${n}`;
      defines.push(['-D', `${variable}=${value}`]);
      return `:${variable}`;
    });
    lines.push({ sql: `${sql};`, shape: st.sql.replace(/\s+/g, ' ') });
  });
  const file = path.join(dir, `${name}.sql`);
  fs.writeFileSync(file, pipelineBatches(lines).join('\n') + '\n');
  return { file, defines: defines.flat() };
}

/**
 * Runs of the same statement come from a JDBC batch, which the driver sends in one round trip;
 * pgbench's pipeline mode does the same.
 */
function pipelineBatches(lines) {
  const out = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j].shape === lines[i].shape) j++;
    if (j - i > 1) out.push('\\startpipeline', ...lines.slice(i, j).map((l) => l.sql), '\\endpipeline');
    else out.push(lines[i].sql);
    i = j;
  }
  return out;
}

/**
 * Values the application computes afresh for each INSERT, as expressions for the baseline:
 * primary keys (a new id per row) and the audit trail's next sequence number (read under the
 * same advisory lock). Repeating the captured values would violate their unique keys. Handles
 * multi-row VALUES, as the driver writes batched inserts. Returns parameter number → expression.
 */
const FRESH = {
  id: () => 'gen_random_uuid()',
  seq: (table) => (table === 'audit_event' ? '(SELECT coalesce(max(seq), 0) + 1 FROM audit_event)' : null),
};

function freshValues(sql) {
  const m = sql.match(/^insert into (\w+) \(([^)]*)\) values (.*)$/i);
  const fresh = new Map();
  if (!m) return fresh;
  const columns = m[2].split(',').map((c) => c.trim());
  for (const tuple of m[3].matchAll(/\(((?:[^()]|\([^()]*\))*)\)/g)) {
    const values = tuple[1].split(',').map((v) => v.trim());
    columns.forEach((column, at) => {
      const expression = FRESH[column]?.(m[1]);
      const param = values[at]?.match(/^\$(\d+)$/);
      if (expression && param) fresh.set(Number(param[1]), expression);
    });
  }
  return fresh;
}

/** pgbench -M prepared with per-transaction latency logs; returns throughput and p99 (ms). */
export function pgbench({ file, defines }, { clients, seconds, dir, name }) {
  const logDir = path.join(dir, `${name}-log`);
  fs.rmSync(logDir, { recursive: true, force: true });
  fs.mkdirSync(logDir, { recursive: true });
  const out = run('pgbench', ['-n', '-M', 'prepared', '-c', String(clients), '-j', String(Math.min(clients, 4)),
    '-T', String(seconds), '-f', file, ...defines, '-l', `--log-prefix=${path.join(logDir, 'tx')}`], { env: APP });
  const tps = Number(out.match(/tps = ([\d.]+)/)[1]);
  const failed = Number(out.match(/number of failed transactions: (\d+)/)?.[1] ?? 0);
  const latencies = [];
  for (const f of fs.readdirSync(logDir)) {
    for (const line of fs.readFileSync(path.join(logDir, f), 'utf8').split('\n')) {
      const cols = line.split(' ');
      if (cols.length >= 3) latencies.push(Number(cols[2]) / 1000);
    }
  }
  return { perSecond: tps, p99: percentile(latencies, 0.99), failed };
}

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** The plan of the statement, prepared and executed with its parameters as the backend does. */
export function plan(statement) {
  const n = statement.params.length;
  const types = Array.from({ length: n }, () => 'unknown').join(', ');
  const args = statement.params.map((v) => (v === null ? 'NULL' : `'${String(v).replace(/'/g, "''")}'`)).join(', ');
  return psql(`PREPARE bench_q${n > 0 ? `(${types})` : ''} AS ${statement.sql};
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE bench_q${n > 0 ? `(${args})` : ''};`, { asApp: true });
}
