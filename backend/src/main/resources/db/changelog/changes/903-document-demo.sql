-- Demo documents: text stand-ins for scans, with their real SHA-256, so downloads verify.
CREATE TEMPORARY TABLE demo_document (id uuid, customer_id uuid, type text, title text, position int, valid_until date, file_name text, body bytea) ON COMMIT DROP;
INSERT INTO demo_document VALUES
('5a0d7c1e-0b1a-4f3e-9c11-000000000901','da679f81-8a11-4b9e-96bc-17328f7b7676','BUSINESS_LICENCE','营业执照(副本)',1,current_date + 20,'营业执照.txt',convert_to('上海建投贸易有限公司 营业执照(副本) 统一社会信用代码 91310115QJWYLF55TJ','UTF8')),
('5a0d7c1e-0b1a-4f3e-9c11-000000000902','da679f81-8a11-4b9e-96bc-17328f7b7676','CONTRACT','2026年度购销合同',2,current_date + 200,'购销合同.txt',convert_to('购销合同 甲方:上海建投贸易有限公司 乙方:本公司 有效期一年','UTF8')),
('5a0d7c1e-0b1a-4f3e-9c11-000000000903','c9095e2c-fbf4-4c52-8408-bb209c6976ca','BUSINESS_LICENCE','营业执照(副本)',1,current_date - 5,'营业执照.txt',convert_to('杭州西湖龙井茶业有限公司 营业执照(副本)','UTF8')),
('5a0d7c1e-0b1a-4f3e-9c11-000000000904','cc86ba64-03c4-42ca-8495-f8b438d889d2','BUSINESS_LICENCE','营业执照(副本)',1,current_date + 12,'营业执照.txt',convert_to('北京中关村智联科技有限公司 营业执照(副本)','UTF8'));
INSERT INTO document (id, customer_id, type, title, position, valid_until, status, current_version, version, created_at, updated_at)
SELECT id, customer_id, type, title, position, valid_until, 'ACTIVE', 1, 0, now(), now() FROM demo_document;
INSERT INTO document_version (id, document_id, version_no, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by_id, uploaded_by)
SELECT gen_random_uuid(), id, 1, file_name, 'text/plain', octet_length(body), encode(sha256(body), 'hex'), now(), '00000000-0000-4000-8000-000000000007', 'archivist' FROM demo_document;
INSERT INTO document_content (version_id, bytes)
SELECT v.id, d.body FROM demo_document d JOIN document_version v ON v.document_id = d.id;
