-- Demo products and transactions (Liquibase context `demo`), over the 60 demo customers of
-- 900-demo-data.sql. Deterministic: every choice is a hash of the customer id and a counter; dates
-- are relative to the day the demo data is loaded, so some transactions are paid, some still
-- open and some overdue whenever it is loaded.
INSERT INTO product (id, code, name, category, unit, active, version, created_at, updated_at) VALUES
('a0e1c3f2-0001-4d6b-9c3e-5f1a2b3c4d01','P-STEEL-01','热轧钢板','钢材','吨',true,0,now() - interval '600 days',now() - interval '600 days'),
('a0e1c3f2-0002-4d6b-9c3e-5f1a2b3c4d02','P-STEEL-02','冷轧卷板','钢材','吨',true,0,now() - interval '600 days',now() - interval '600 days'),
('a0e1c3f2-0003-4d6b-9c3e-5f1a2b3c4d03','P-BOLT-M12','M12高强度螺栓','紧固件','套',true,0,now() - interval '600 days',now() - interval '600 days'),
('a0e1c3f2-0004-4d6b-9c3e-5f1a2b3c4d04','P-CABLE-YJV','YJV电力电缆','电线电缆','米',true,0,now() - interval '580 days',now() - interval '580 days'),
('a0e1c3f2-0005-4d6b-9c3e-5f1a2b3c4d05','P-PUMP-IS80','IS80离心水泵','机电设备','台',true,0,now() - interval '560 days',now() - interval '560 days'),
('a0e1c3f2-0006-4d6b-9c3e-5f1a2b3c4d06','P-MOTOR-Y2','Y2系列三相异步电机','机电设备','台',true,0,now() - interval '560 days',now() - interval '560 days'),
('a0e1c3f2-0007-4d6b-9c3e-5f1a2b3c4d07','P-TEA-LJ','明前龙井茶','食品饮料','斤',true,0,now() - interval '540 days',now() - interval '540 days'),
('a0e1c3f2-0008-4d6b-9c3e-5f1a2b3c4d08','P-RICE-DB','东北大米','粮油','袋',true,0,now() - interval '540 days',now() - interval '540 days'),
('a0e1c3f2-0009-4d6b-9c3e-5f1a2b3c4d09','P-OIL-HS','压榨花生油','粮油','桶',true,0,now() - interval '540 days',now() - interval '540 days'),
('a0e1c3f2-0010-4d6b-9c3e-5f1a2b3c4d10','P-SW-ERP','企业资源管理软件许可','软件服务','套',true,0,now() - interval '500 days',now() - interval '500 days'),
('a0e1c3f2-0011-4d6b-9c3e-5f1a2b3c4d11','P-SVC-MAINT','年度维保服务','技术服务','年',true,0,now() - interval '500 days',now() - interval '500 days'),
('a0e1c3f2-0012-4d6b-9c3e-5f1a2b3c4d12','P-LOG-FCL','整柜海运代理','物流服务','柜',true,0,now() - interval '480 days',now() - interval '480 days'),
('a0e1c3f2-0013-4d6b-9c3e-5f1a2b3c4d13','P-MED-SYR','一次性注射器','医疗器械','箱',true,0,now() - interval '450 days',now() - interval '450 days'),
('a0e1c3f2-0014-4d6b-9c3e-5f1a2b3c4d14','P-TEX-COT','精梳棉纱','纺织原料','吨',true,0,now() - interval '420 days',now() - interval '420 days'),
('a0e1c3f2-0015-4d6b-9c3e-5f1a2b3c4d15','P-OLD-FAX','传真机(停售)','办公设备','台',false,1,now() - interval '700 days',now() - interval '90 days');

CREATE TEMP TABLE demo_price (k int PRIMARY KEY, product_id uuid NOT NULL, price numeric(18,2) NOT NULL);

INSERT INTO demo_price (k, product_id, price) VALUES
(0,'a0e1c3f2-0001-4d6b-9c3e-5f1a2b3c4d01',4280.00),(1,'a0e1c3f2-0002-4d6b-9c3e-5f1a2b3c4d02',4650.00),
(2,'a0e1c3f2-0003-4d6b-9c3e-5f1a2b3c4d03',12.50),(3,'a0e1c3f2-0004-4d6b-9c3e-5f1a2b3c4d04',86.00),
(4,'a0e1c3f2-0005-4d6b-9c3e-5f1a2b3c4d05',3200.00),(5,'a0e1c3f2-0006-4d6b-9c3e-5f1a2b3c4d06',5600.00),
(6,'a0e1c3f2-0007-4d6b-9c3e-5f1a2b3c4d07',880.00),(7,'a0e1c3f2-0008-4d6b-9c3e-5f1a2b3c4d08',65.00),
(8,'a0e1c3f2-0009-4d6b-9c3e-5f1a2b3c4d09',158.00),(9,'a0e1c3f2-0010-4d6b-9c3e-5f1a2b3c4d10',28000.00),
(10,'a0e1c3f2-0011-4d6b-9c3e-5f1a2b3c4d11',12000.00),(11,'a0e1c3f2-0012-4d6b-9c3e-5f1a2b3c4d12',9800.00),
(12,'a0e1c3f2-0013-4d6b-9c3e-5f1a2b3c4d13',320.00),(13,'a0e1c3f2-0014-4d6b-9c3e-5f1a2b3c4d14',23500.00);

-- Four to nine transactions per demo customer (335 in all).
CREATE TEMP TABLE demo_tx AS
SELECT c.id AS customer_id,
       g.n,
       md5(c.id::text || ':tx:' || g.n)::uuid AS tx_id,
       ('x' || substr(md5(c.id::text || ':' || g.n), 1, 7))::bit(28)::int AS h,
       c.owner_id,
       c.archive_no
  FROM customer c
  CROSS JOIN LATERAL generate_series(1, 4 + ('x' || substr(md5(c.id::text), 1, 7))::bit(28)::int % 6) AS g(n)
 WHERE c.id IN ('da679f81-8a11-4b9e-96bc-17328f7b7676','cc86ba64-03c4-42ca-8495-f8b438d889d2','9543cba6-ce3b-4d3e-a1ea-ad365c6419b1','c9095e2c-fbf4-4c52-8408-bb209c6976ca','52f888ba-3de5-4cbe-8d95-761d5c3d3642','ddae503b-bd85-4790-9e8e-f717a0ee5de0','da7f3ae8-e66b-4898-abd6-528192111fe3','33b9a72b-9ea6-44e4-a3ff-a9781f0c23d4','21887ac4-3eeb-48a5-ad47-fb48c9c5879e','e5153637-0786-4b9a-bcd2-826db845382c','2e6afdcf-3cde-45b4-93de-332fa7f49956','0734edd4-3633-46bb-afa8-e870a0fc39d0','9553de12-9ef9-4b60-b2c5-60e75d6c5c7f','77567d48-e130-44f0-a925-e72ccd402475','14496c8e-989b-46be-8366-ace32eaf849c','41c24601-ecb4-43a6-b283-337ade2aedd7','4fc74689-5406-4b2c-ab0f-ba2eb3ace980','73eaaddd-0489-4874-bb3e-f213c612dc6f','e359fbb2-b0ab-4b3a-9764-b243b22296b7','fb091db5-451f-4cb8-a0ca-850f4682ca9f','8ddf02dc-d84b-4d1a-9eb3-8371e3107cae','e51a0fd8-9e9d-4dae-acb3-7e1143860b58','a6b6c13f-0891-4057-a0b7-ac3812492f07','a774555d-d145-47a7-819f-9309ccf57d71','6a988af9-4ff5-463b-8cbc-bdd4089ca42b','27a075bb-552c-4be0-b989-5d2e3680df90','04540e95-6e58-41fb-abc5-4e202a11d88c','b26dc416-a34b-48ef-aea2-e73f4eca5340','ffb6c0a9-2bd1-433a-ab4b-79b3a0962bd2','a3a06035-36bc-4c06-aa09-3a287d497f8f','89e30870-d1d0-4778-a0a7-0bb0ad12fb16','673e5647-bd2a-44bb-b1da-92eba1def975','350fd13d-8c5f-4b09-8f1a-69905f59093b','3b2cf3d2-418d-4291-8ac9-168bc8c82752','f74a56e5-cdc3-4b6d-8417-d1c67064e485','5718b690-82a4-41f8-b700-4e82bde459d5','f7becd9c-24a0-4a0f-8593-95b336f0eb97','85e3e78e-8397-415a-91e7-c1cb7c755a71','efff2467-ef98-492e-b486-e151e4835277','b4ea6987-342b-4176-9258-f4f80d10f695','f4e119c8-33d9-405c-b21c-e5f47b207db2','9c66bc31-a686-4dd6-9ddb-1827d969e4ee','7ce73155-46e3-4b1c-9aab-1d91eaae063b','ad8352a6-4284-4ac6-bbdb-274d58af9f6c','62cd4154-b68e-425c-9736-6b0f4a836472','e7575cab-8516-4871-87bb-867ac8afb8db','77529cf0-36ff-437d-8b70-7a205959e161','90971bf5-0e40-4ba1-9224-6e3dc4e2847b','368a9395-1134-4479-90b4-986a0ea8e2df','e0b16aab-30fa-4c0e-baa8-f936fb79ac9c','2b8e81f6-4597-402c-9a38-073091cdd19f','4d14404c-30b4-4e8c-bcc6-02158e2b89b5','ccd28885-a41d-440c-86da-abf3ac649f42','b6468e73-103d-406b-a167-5faff6c37a20','d9882ee2-778d-4b19-8122-b4aa5fcad5da','20bfc861-4917-42e7-a13b-7a2b56a8f895','9cd05282-1ec8-493a-9c9f-a345dedd205d','a922cd80-632e-458a-82ee-f9db67ea2029','b1e3c56e-3db4-4e00-b618-7f5d84e88dc3','8c899858-b1e1-4677-b018-e5f8e02afd5f');

CREATE TEMP TABLE demo_line AS
SELECT t.tx_id,
       l.line_no,
       p.product_id,
       (1 + (t.h / (7 * l.line_no)) % 40)::numeric(18,3) AS quantity,
       round(p.price * (0.9 + ((t.h / (13 * l.line_no)) % 21) / 100.0), 2) AS unit_price
  FROM demo_tx t
  CROSS JOIN LATERAL generate_series(1, 1 + t.h % 3) AS l(line_no)
  JOIN demo_price p ON p.k = (t.h / (3 * l.line_no)) % 14;

INSERT INTO customer_transaction (id, customer_id, number, transaction_date, currency, total_amount, paid_amount, payment_terms, due_date, notes, voided_at, void_reason, voided_by, created_by, version, created_at, updated_at)
SELECT t.tx_id,
       t.customer_id,
       'XS-' || substr(t.archive_no, 4, 4) || '-' || substr(t.archive_no, 9) || '-' || lpad(t.n::text, 2, '0'),
       current_date - (5 + t.h % 540),
       CASE WHEN right(t.archive_no, 2) IN ('15', '45') THEN 'USD' ELSE 'CNY' END,
       (SELECT sum(round(l.quantity * l.unit_price, 2)) FROM demo_line l WHERE l.tx_id = t.tx_id),
       0,
       (ARRAY['CASH', 'NET_30', 'NET_60', 'NET_90', 'NET_30'])[1 + (t.h / 11) % 5],
       current_date - (5 + t.h % 540)
         + (ARRAY[0, 30, 60, 90, 30])[1 + (t.h / 11) % 5],
       NULL,
       CASE WHEN t.h % 41 = 0 THEN now() - interval '3 days' END,
       CASE WHEN t.h % 41 = 0 THEN '单价录入错误,已按新单号重新登记' END,
       CASE WHEN t.h % 41 = 0 THEN 'director' END,
       CASE t.owner_id WHEN '00000000-0000-4000-8000-000000000005' THEN 'rep1'
                       WHEN '00000000-0000-4000-8000-000000000006' THEN 'rep2'
                       ELSE 'rep3' END,
       0,
       now() - ((5 + t.h % 540) || ' days')::interval,
       now() - ((5 + t.h % 540) || ' days')::interval
  FROM demo_tx t;

INSERT INTO transaction_line (id, transaction_id, line_no, product_id, quantity, unit_price, amount)
SELECT md5(l.tx_id::text || ':line:' || l.line_no)::uuid, l.tx_id, l.line_no, l.product_id, l.quantity, l.unit_price,
       round(l.quantity * l.unit_price, 2)
  FROM demo_line l;

-- Payments: older transactions are mostly paid in full; some are paid in part or not at all, so
-- a share of them is overdue. Voided transactions have none.
INSERT INTO transaction_payment (id, transaction_id, payment_date, amount, method, reference, recorded_at, recorded_by)
SELECT md5(x.id::text || ':pay:1')::uuid,
       x.id,
       LEAST(GREATEST(x.due_date - (d.h % 10), x.transaction_date), current_date),
       CASE WHEN x.due_date < current_date - 45 AND d.h % 10 < 8 THEN x.total_amount
            ELSE round(x.total_amount * 0.5, 2) END,
       (ARRAY['BANK_TRANSFER', 'BANK_TRANSFER', 'ACCEPTANCE_BILL', 'CHEQUE', 'CASH'])[1 + (d.h / 17) % 5],
       '回单 ' || to_char(LEAST(GREATEST(x.due_date - (d.h % 10), x.transaction_date), current_date), 'YYYYMMDD') || '-' || lpad((d.h % 1000)::text, 3, '0'),
       LEAST(GREATEST(x.due_date - (d.h % 10), x.transaction_date), current_date) + time '16:30',
       x.created_by
  FROM customer_transaction x
  JOIN demo_tx d ON d.tx_id = x.id
 WHERE x.voided_at IS NULL
   AND ((x.due_date < current_date - 45 AND d.h % 10 < 8) OR d.h % 10 IN (3, 8));

UPDATE customer_transaction x
   SET paid_amount = p.paid
  FROM (SELECT transaction_id, sum(amount) AS paid FROM transaction_payment GROUP BY transaction_id) p
 WHERE p.transaction_id = x.id
   AND x.id IN (SELECT tx_id FROM demo_tx);

DROP TABLE demo_line;
DROP TABLE demo_tx;
DROP TABLE demo_price;
