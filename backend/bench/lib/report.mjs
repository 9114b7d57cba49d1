// BENCHMARKS.md: the machine, the dataset, one table of results and the plans behind them.
const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '–');
const rate = (v) => (Number.isFinite(v) ? v.toFixed(0) : '–');

/** Whether a workload met its targets; fills r.pass and r.summary. */
export function judge(r) {
  const t = r.target ?? {};
  const misses = [];
  if (r.api?.failed > 0) misses.push(`${r.api.failed} failed requests`);
  if (r.raw?.failed > 0) misses.push(`${r.raw.failed} failed SQL transactions`);
  if (t.ratio && !(r.ratio >= t.ratio)) misses.push(`ratio ${r.ratio.toFixed(2)} < ${t.ratio}`);
  if (t.p99 && !(r.api.p99 <= t.p99)) misses.push(`p99 ${r.api.p99} ms > ${t.p99} ms`);
  if (t.noSeqScan && r.seqScan) misses.push('sequential scan of customer or contact in the plan');
  if (r.misses) misses.push(...r.misses);
  r.pass = misses.length === 0;
  r.verdict = r.pass ? 'met' : `missed: ${misses.join('; ')}`;
  r.summary ??= `ratio ${r.ratio?.toFixed(2) ?? '–'}, p99 ${ms(r.api?.p99)} — ${r.verdict}`;
  return r;
}

export function report({ info, dataset, results, seconds, connections }) {
  results.forEach(judge);
  const lines = [];
  lines.push('# Benchmarks', '');
  lines.push(
    'Measured by `make bench` (backend/bench): a fresh PostgreSQL, Keycloak and the packaged backend',
    'start, a deterministic dataset is generated, and each API workload runs for ' +
      `${seconds} s at ${connections} connections (autocannon); then the very statements the backend sent`,
    'for one such request (captured from the PostgreSQL log, with their parameters) run through',
    '`pgbench -M prepared` at the same concurrency. The ratio is API requests per second divided by',
    'pgbench transactions per second; p99 is the API latency. Re-run it any time; this file is rewritten.',
    '',
  );
  lines.push('## Machine', '');
  lines.push('Everything (PostgreSQL, Keycloak, the backend, autocannon and pgbench) runs on this one machine;');
  lines.push('a load average well above the number of cores means other work competed for it.', '');
  for (const [k, v] of Object.entries(info)) lines.push(`- ${k}: ${v}`);
  lines.push('', '## Dataset', '');
  lines.push(`Generated in ${dataset.seconds.toFixed(0)} s (backend/bench/generate-customers.sql and generate-transactions.sql, fixed seed):`);
  for (const [k, v] of Object.entries(dataset.counts)) lines.push(`- ${k}: ${v.toLocaleString('en')}`);
  lines.push('', '## Results', '');
  lines.push('| Workload | API req/s | API p99 | SQL tx/s | SQL p99 | Ratio | Target | Result |');
  lines.push('|---|---:|---:|---:|---:|---:|---|---|');
  for (const r of results) {
    const t = r.target ?? {};
    const target = r.targetText ?? [t.ratio && `ratio ≥ ${t.ratio}`, t.p99 && `p99 ≤ ${t.p99} ms`, t.noSeqScan && 'no seq scan']
      .filter(Boolean)
      .join(', ');
    lines.push(
      `| ${r.name} | ${rate(r.api?.perSecond)} | ${ms(r.api?.p99)} | ${rate(r.raw?.perSecond)} | ${ms(r.raw?.p99)} | ` +
        `${r.ratio ? r.ratio.toFixed(2) : '–'} | ${target} | ${r.verdict} |`,
    );
  }
  const notes = results.filter((r) => r.note || r.detail);
  if (notes.length > 0) {
    lines.push('', '### Notes', '');
    for (const r of notes) lines.push(`- **${r.name}**: ${[r.note, r.detail].filter(Boolean).join(' — ')}`);
  }
  const planned = results.filter((r) => r.plans?.length);
  if (planned.length > 0) {
    lines.push('', '## Search plans', '');
    lines.push('Each search statement as PostgreSQL executes it for the application: its connections set');
    lines.push('`plan_cache_mode = force_custom_plan`, so a prepared statement is planned for its actual');
    lines.push('parameters every time and never falls into a generic plan (which scans sequentially for');
    lines.push('pinyin and number searches). EXPLAIN ANALYZE of the prepared statement:', '');
    for (const r of planned) {
      lines.push(`### ${r.name}`, '', '```');
      r.plans.forEach((p) => lines.push(p.trim(), ''));
      lines.push('```', '');
    }
  }
  return lines.join('\n') + '\n';
}
