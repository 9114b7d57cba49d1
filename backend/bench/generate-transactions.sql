-- Deterministic transactions for the customers of generate-customers.sql:
--   psql -v customers=100000 -v transactions_per_customer=10 -f backend/bench/generate-transactions.sql
-- 15 products; per customer `transactions_per_customer` transactions of one line each, spread
-- over three years; about half fully paid (one payment), a quarter partly paid and a quarter
-- open, so outstanding and overdue amounts exist at every scale.
\set ON_ERROR_STOP on
\if :{?customers}
\else
  \set customers 100000
\endif
\if :{?transactions_per_customer}
\else
  \set transactions_per_customer 10
\endif

BEGIN;
SET LOCAL synchronous_commit = off;

INSERT INTO product (id, code, name, category, unit, active, version, created_at, updated_at)
SELECT md5('product' || p)::uuid, 'BP-' || lpad(p::text, 3, '0'),
       (ARRAY['工业控制器','伺服电机','变频器','传感器','电缆','配电柜','减速机','轴承','液压泵','阀门',
              '仪表','机器人','软件许可','维保服务','培训服务'])[p],
       CASE WHEN p <= 13 THEN '产品' ELSE '服务' END, CASE WHEN p <= 13 THEN '台' ELSE '次' END,
       true, 0, timestamptz '2023-01-01 00:00:00+00', timestamptz '2023-01-01 00:00:00+00'
FROM generate_series(1, 15) AS p;

-- One row per transaction; every value derives from (customer n, transaction k).
CREATE TEMP TABLE bench_tx ON COMMIT DROP AS
SELECT md5('tx' || n || '-' || k)::uuid AS id,
       md5('customer' || n)::uuid AS customer_id,
       'XS-' || n || '-' || k AS number,
       date '2023-01-01' + ((n * 37 + k * 101) % 1095) AS tx_date,
       1 + (n + k) % 15 AS product,
       (1 + (n * 7 + k) % 20)::numeric AS quantity,
       (100 + ((n * 13 + k * 29) % 9900))::numeric(18, 2) AS unit_price,
       (n + k) % 4 AS paid_state
FROM generate_series(1, :customers) AS n, generate_series(1, :transactions_per_customer) AS k;

INSERT INTO customer_transaction (id, customer_id, number, transaction_date, currency, total_amount,
                                  paid_amount, payment_terms, due_date, version, created_at, updated_at)
SELECT id, customer_id, number, tx_date, 'CNY', quantity * unit_price,
       CASE paid_state WHEN 0 THEN 0 WHEN 1 THEN round(quantity * unit_price / 2, 2) ELSE quantity * unit_price END,
       'NET_30', tx_date + 30, 0, tx_date::timestamptz, tx_date::timestamptz
FROM bench_tx;

INSERT INTO transaction_line (id, transaction_id, line_no, product_id, quantity, unit_price, amount)
SELECT md5('line' || id)::uuid, id, 1, md5('product' || product)::uuid, quantity, unit_price,
       round(quantity * unit_price, 2)
FROM bench_tx;

INSERT INTO transaction_payment (id, transaction_id, payment_date, amount, method, recorded_at)
SELECT md5('payment' || id)::uuid, id, tx_date + 20,
       CASE paid_state WHEN 1 THEN round(quantity * unit_price / 2, 2) ELSE quantity * unit_price END,
       'BANK_TRANSFER', (tx_date + 20)::timestamptz
FROM bench_tx WHERE paid_state > 0;

COMMIT;

VACUUM ANALYZE product;
VACUUM ANALYZE customer_transaction;
VACUUM ANALYZE transaction_line;
VACUUM ANALYZE transaction_payment;
