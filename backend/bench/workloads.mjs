// The benchmarked workloads. Each names the demo user it runs as, one sample request whose SQL
// becomes the pgbench baseline, and `next()` for the load (which may vary the request).
const CUSTOMERS = '/api/v1/customers';

function search(id, name, q, note) {
  return {
    id,
    name,
    note,
    user: 'director',
    plans: true,
    target: { ratio: 0.5, p99: 10, noSeqScan: true },
    sample: () => ({ path: `${CUSTOMERS}?q=${encodeURIComponent(q)}&limit=20` }),
    next: () => ({ path: `${CUSTOMERS}?q=${encodeURIComponent(q)}&limit=20` }),
  };
}

/** Customers to read or change, spread over the whole table. */
async function someCustomers({ bearer, call }, status) {
  const rows = [];
  let cursor;
  while (rows.length < 2000) {
    const page = await call(
      bearer,
      'GET',
      `${CUSTOMERS}?limit=100${status ? `&status=${status}` : ''}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    rows.push(...page.body.items);
    cursor = page.body.nextCursor;
    if (!cursor) break;
  }
  return rows;
}

export const WORKLOADS = [
  search('search-2', 'Search, 2-character Chinese (上海)', '上海', 'bigram index'),
  search('search-1', 'Search, 1-character Chinese (湖)', '湖', 'unigram index'),
  search('search-4', 'Search, 4-character Chinese (华信科技)', '华信科技', 'bigram prefilter + recheck'),
  search('search-initials', 'Search, pinyin initials (shjt)', 'shjt', 'initials index'),
  search('search-pinyin', 'Search, full pinyin (shanghai)', 'shanghai', 'pinyin index'),
  {
    id: 'get',
    name: 'Get by id',
    user: 'director',
    target: { ratio: 0.3, p99: 10 },
    prepare: (c) => someCustomers(c),
    sample: (rows) => ({ path: `${CUSTOMERS}/${rows[0].id}` }),
    next: (rows) => {
      rows.i = ((rows.i ?? 0) + 1) % rows.length;
      return { path: `${CUSTOMERS}/${rows[rows.i].id}` };
    },
  },
  {
    id: 'list',
    name: 'Keyset list, 20 per page (page 2)',
    user: 'director',
    target: { ratio: 0.3, p99: 10 },
    prepare: async ({ bearer, call }) => (await call(bearer, 'GET', `${CUSTOMERS}?limit=20`)).body.nextCursor,
    sample: (cursor) => ({ path: `${CUSTOMERS}?limit=20&cursor=${encodeURIComponent(cursor)}` }),
    next: (cursor) => ({ path: `${CUSTOMERS}?limit=20&cursor=${encodeURIComponent(cursor)}` }),
  },
  {
    id: 'patch',
    name: 'PATCH with If-Match',
    note: 'each request changes another draft customer; the baseline updates by id',
    user: 'director',
    target: { ratio: 0.3, p99: 10 },
    prepare: async (c) => {
      const rows = await someCustomers(c, 'DRAFT');
      return { rows, i: 0 };
    },
    sample: (s) => patchOf(s),
    next: (s) => patchOf(s),
    // Every request of the load changes a customer once (its If-Match is still current); the
    // captured statements would all target the sample's row, whose version has moved on, so the
    // baseline matches the row by id alone.
    adaptSql: (statements) =>
      statements.map((st) => ({ ...st, sql: st.sql.replace(/\s+and\s+version\s*=\s*\$\d+/i, '') })),
  },
];

function patchOf(s) {
  const row = s.rows[s.i % s.rows.length];
  s.i += 1;
  const version = s.i > s.rows.length ? Math.floor(s.i / s.rows.length) : 0;
  return {
    method: 'PATCH',
    path: `${CUSTOMERS}/${row.id}`,
    headers: { 'if-match': `"${Number(row.version ?? 0) + version}"`, 'content-type': 'application/merge-patch+json' },
    body: { notes: `benchmark ${s.i}` },
  };
}
