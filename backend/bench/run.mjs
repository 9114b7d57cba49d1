#!/usr/bin/env node
// Dossier benchmark (`make bench`): loads a deterministic dataset (100k customers, 300k contacts,
// 1M transactions), then runs each API workload and the very statements the backend sent for it
// through `pgbench -M prepared`, at the same concurrency, and writes backend/BENCHMARKS.md.
// Started by `node .dev/stack.mjs bench`, which provides PostgreSQL, Keycloak and the backend.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { call, load, token } from './lib/api.mjs';
import { judge, report } from './lib/report.mjs';
import * as sql from './lib/sql.mjs';
import { WORKLOADS } from './workloads.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WORK = path.join(process.env.BENCH_LOG_DIR, '..', 'work');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
// The JVM compiles the hot paths during the first seconds; those are not measured.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const SCALE = Number(process.env.BENCH_CUSTOMERS ?? 100000);
const PG_LOG = path.join(process.env.BENCH_LOG_DIR, 'postgres.log');
const log = (msg) => console.log(`[bench] ${msg}`);

function machine() {
  const cpus = os.cpus();
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()}`,
    postgres: sql.psql('SHOW server_version'),
    pgbench: sql.version('pgbench'),
    node: process.version,
    'load average (1/5/15 min) at start': os.loadavg().map((l) => l.toFixed(1)).join(' / '),
  };
}

function rssMiB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)[1]) / 1024;
}

async function generate() {
  log(`generating ${SCALE} customers, ${SCALE * 3} contacts, ${SCALE * 10} transactions`);
  const started = Date.now();
  sql.psqlFile(path.join(HERE, 'generate-customers.sql'), { customers: SCALE });
  sql.psqlFile(path.join(HERE, 'generate-transactions.sql'), { customers: SCALE });
  const seconds = (Date.now() - started) / 1000;
  const counts = Object.fromEntries(
    sql
      .psql(`SELECT relname FROM pg_class WHERE relname IN ('customer', 'contact', 'customer_transaction') ORDER BY 1`)
      .split('\n')
      .map((t) => [t, Number(sql.psql(`SELECT count(*) FROM ${t}`))]),
  );
  log(`dataset ready in ${seconds.toFixed(0)} s: ${JSON.stringify(counts)}`);
  return { seconds, counts };
}

async function runWorkload(w, ctx) {
  log(`${w.name}: preparing`);
  const bearer = await token(w.user);
  const state = await w.prepare?.({ bearer, call, ctx });
  const sample = w.sample(state);
  const statements = await sql.captureStatements(PG_LOG, () => call(bearer, sample.method ?? 'GET', sample.path, sample));
  if (statements.length === 0) throw new Error(`${w.name}: no statement captured`);
  const script = sql.pgbenchScript(w.adaptSql ? w.adaptSql(statements) : statements, WORK, w.id);
  if (WARMUP > 0) await load(bearer, () => w.next(state), { connections: CONNECTIONS, seconds: WARMUP });
  log(`${w.name}: API (${CONNECTIONS} connections, ${SECONDS} s)`);
  const api = await load(bearer, () => w.next(state), { connections: CONNECTIONS, seconds: SECONDS });
  log(`${w.name}: SQL (${statements.length} statements per request)`);
  const raw = sql.pgbench(script, { clients: CONNECTIONS, seconds: SECONDS, dir: WORK, name: w.id });
  const searches = statements.filter((s) => /^\s*select/i.test(s.sql) && /\bfrom customer\b/i.test(s.sql));
  const plans = w.plans ? searches.map((s) => sql.plan(s)) : [];
  const seqScan = plans.some((p) => /Seq Scan on (customer|contact)\b/.test(p));
  return { ...w, api, raw, statements, plans, seqScan, ratio: api.perSecond / raw.perSecond };
}

async function main() {
  fs.mkdirSync(WORK, { recursive: true });
  const info = machine();
  const dataset = await generate();
  const ctx = { scale: SCALE, backendPid: Number(process.env.BENCH_BACKEND_PID) };
  const results = [];
  for (const w of WORKLOADS.filter((x) => !x.custom)) results.push(await runWorkload(w, ctx));
  for (const w of WORKLOADS.filter((x) => x.custom)) {
    log(`${w.name}: running`);
    results.push({ ...w, ...(await w.custom({ token, call, sql, ctx, rssMiB, work: WORK, log })) });
  }
  info['load average (1/5/15 min) at end'] = os.loadavg().map((l) => l.toFixed(1)).join(' / ');
  const file = path.join(HERE, '..', 'BENCHMARKS.md');
  fs.writeFileSync(file, report({ info, dataset, results, seconds: SECONDS, connections: CONNECTIONS }));
  log(`wrote ${path.relative(process.cwd(), file)}`);
  const failed = results.map(judge).filter((r) => !r.pass);
  for (const r of results) {
    console.log(`  ${r.name.padEnd(44)} ${r.summary ?? ''}`);
  }
  if (failed.length > 0) log(`targets missed: ${failed.map((r) => r.name).join(', ')}`);
}

main().catch((err) => {
  console.error(`[bench] ${err.stack ?? err.message}`);
  process.exit(1);
});
