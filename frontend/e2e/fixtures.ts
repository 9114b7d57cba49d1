import { test as base } from '@playwright/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { databaseURL } from './env';

export { expect } from '@playwright/test';
export type { Browser, Page } from '@playwright/test';

const exec = promisify(execFile);

/**
 * `test` with a report of the stack's state attached to every failure: the API requests the
 * page sent that never completed, what each database session is doing (and waiting for), and
 * the backend's threads. A stuck request then shows where it is stuck.
 */
export const test = base.extend<{ diagnostics: void }>({
  diagnostics: [
    async ({ context }, use, testInfo) => {
      const pending = new Map<object, string>();
      context.on('request', (r) => {
        if (r.url().includes('/api/'))
          pending.set(r, `${new Date().toISOString()} ${r.method()} ${r.url()}`);
      });
      context.on('requestfinished', (r) => pending.delete(r));
      context.on('requestfailed', (r) => pending.delete(r));
      await use();
      if (testInfo.status === testInfo.expectedStatus) return;
      const report = [
        '## API requests sent and never answered',
        [...pending.values()].join('\n') || '(none)',
        '## Database sessions',
        await databaseSessions(),
        '## Backend threads',
        await backendThreads(),
      ].join('\n\n');
      console.log(`\n[diagnostics] ${testInfo.title}\n${report}`);
      await testInfo.attach('stack-diagnostics.txt', { body: report, contentType: 'text/plain' });
    },
    { auto: true },
  ],
});

async function databaseSessions(): Promise<string> {
  const client = new pg.Client({ connectionString: databaseURL });
  try {
    await client.connect();
    const { rows } = await client.query(
      `select pid, state, wait_event_type, wait_event, pg_blocking_pids(pid) as blocked_by,
              now() - xact_start as in_transaction, left(query, 300) as query
         from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()
        order by xact_start nulls last`,
    );
    return rows.map((r) => JSON.stringify(r)).join('\n') || '(none)';
  } catch (e) {
    return `(unavailable: ${(e as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function backendThreads(): Promise<string> {
  const pid = process.env.E2E_BACKEND_PID;
  if (!pid) return '(backend pid unknown)';
  try {
    const { stdout } = await exec('jcmd', [pid, 'Thread.print'], { maxBuffer: 16 << 20 });
    // Only the threads that serve requests or run jobs; the JVM's own are noise here.
    return stdout
      .split('\n\n')
      .filter((t) => /executor-thread|vert\.x-eventloop|quarkus-scheduler|virtual/i.test(t))
      .join('\n\n');
  } catch (e) {
    return `(unavailable: ${(e as Error).message})`;
  }
}
