-- The customer search as the application sends it (the SQL Hibernate renders from
-- CustomerTextSearch), explained for a sales rep (own + team scope), newest first, one page.
--   psql -f backend/bench/search-plans.sql                                   # custom plans (the app's)
--   PGOPTIONS='-c plan_cache_mode=force_generic_plan' psql -f backend/bench/search-plans.sql
-- $1 = the text, lower-cased; $2 = its LIKE pattern (archive no., credit code); $3 = pinyin or
-- phone-digits LIKE pattern. Which branches are present depends on the text (see CustomerTextSearch).
\set ON_ERROR_STOP on
PREPARE search_zh(text) AS
SELECT c.id, c.name FROM customer c
WHERE (1 = 0 OR c.owner_id = '00000000-0000-4000-8000-000000000005' OR c.team IN ('east-team'))
  AND c.id IN (
    SELECT k.id FROM customer k WHERE (cast((search_grams(k.name) || search_grams(k.short_name)) @> search_grams($1) AS boolean) = true AND (position($1 IN lower(k.name)) > 0 OR position($1 IN lower(k.short_name)) > 0))
    UNION SELECT ct.customer_id FROM contact ct WHERE (cast(search_grams(ct.name) @> search_grams($1) AS boolean) = true AND position($1 IN lower(ct.name)) > 0))
ORDER BY c.created_at DESC, c.id DESC FETCH FIRST 21 ROWS ONLY;

PREPARE search_zh_long(text, text) AS
SELECT c.id, c.name FROM customer c
WHERE (1 = 0 OR c.owner_id = '00000000-0000-4000-8000-000000000005' OR c.team IN ('east-team'))
  AND c.id IN (
    SELECT k.id FROM customer k WHERE (cast((search_grams(k.name) || search_grams(k.short_name)) @> search_grams($1) AS boolean) = true AND (position($1 IN lower(k.name)) > 0 OR position($1 IN lower(k.short_name)) > 0))
    UNION SELECT k.id FROM customer k WHERE lower(k.archive_no) LIKE $2 ESCAPE '\'
    UNION SELECT k.id FROM customer k WHERE lower(k.credit_code) LIKE $2 ESCAPE '\'
    UNION SELECT ct.customer_id FROM contact ct WHERE (cast(search_grams(ct.name) @> search_grams($1) AS boolean) = true AND position($1 IN lower(ct.name)) > 0))
ORDER BY c.created_at DESC, c.id DESC FETCH FIRST 21 ROWS ONLY;

PREPARE search_pinyin(text, text, text) AS
SELECT c.id, c.name FROM customer c
WHERE (1 = 0 OR c.owner_id = '00000000-0000-4000-8000-000000000005' OR c.team IN ('east-team'))
  AND c.id IN (
    SELECT k.id FROM customer k WHERE (cast((search_grams(k.name) || search_grams(k.short_name)) @> search_grams($1) AS boolean) = true AND (position($1 IN lower(k.name)) > 0 OR position($1 IN lower(k.short_name)) > 0))
    UNION SELECT k.id FROM customer k WHERE k.name_pinyin LIKE $3
    UNION SELECT k.id FROM customer k WHERE k.name_initials LIKE $3
    UNION SELECT k.id FROM customer k WHERE lower(k.archive_no) LIKE $2 ESCAPE '\'
    UNION SELECT k.id FROM customer k WHERE lower(k.credit_code) LIKE $2 ESCAPE '\'
    UNION SELECT ct.customer_id FROM contact ct WHERE (cast(search_grams(ct.name) @> search_grams($1) AS boolean) = true AND position($1 IN lower(ct.name)) > 0))
ORDER BY c.created_at DESC, c.id DESC FETCH FIRST 21 ROWS ONLY;

PREPARE search_initials(text) AS
SELECT c.id, c.name FROM customer c
WHERE (1 = 0 OR c.owner_id = '00000000-0000-4000-8000-000000000005' OR c.team IN ('east-team'))
  AND c.id IN (
    SELECT k.id FROM customer k WHERE (cast((search_grams(k.name) || search_grams(k.short_name)) @> search_grams($1) AS boolean) = true AND (position($1 IN lower(k.name)) > 0 OR position($1 IN lower(k.short_name)) > 0))
    UNION SELECT k.id FROM customer k WHERE cast(search_grams(k.name_initials) @> search_grams($1) AS boolean) = true
    UNION SELECT ct.customer_id FROM contact ct WHERE (cast(search_grams(ct.name) @> search_grams($1) AS boolean) = true AND position($1 IN lower(ct.name)) > 0))
ORDER BY c.created_at DESC, c.id DESC FETCH FIRST 21 ROWS ONLY;

PREPARE search_phone(text, text, text) AS
SELECT c.id, c.name FROM customer c
WHERE (1 = 0 OR c.owner_id = '00000000-0000-4000-8000-000000000005' OR c.team IN ('east-team'))
  AND c.id IN (
    SELECT k.id FROM customer k WHERE (cast((search_grams(k.name) || search_grams(k.short_name)) @> search_grams($1) AS boolean) = true AND (position($1 IN lower(k.name)) > 0 OR position($1 IN lower(k.short_name)) > 0))
    UNION SELECT k.id FROM customer k WHERE lower(k.archive_no) LIKE $2 ESCAPE '\'
    UNION SELECT k.id FROM customer k WHERE lower(k.credit_code) LIKE $2 ESCAPE '\'
    UNION SELECT ct.customer_id FROM contact ct WHERE (cast(search_grams(ct.name) @> search_grams($1) AS boolean) = true AND position($1 IN lower(ct.name)) > 0)
    UNION SELECT ct.customer_id FROM contact ct WHERE cast(contact_phone_digits(ct.mobile, ct.phone) LIKE $3 AS boolean) = true)
ORDER BY c.created_at DESC, c.id DESC FETCH FIRST 21 ROWS ONLY;

\echo '--- 1 Chinese character (上: ~7% of names)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE search_zh('上');
\echo '--- 2 Chinese characters (建投: ~3% of names)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE search_zh('建投');
\echo '--- 2 Chinese characters, a contact name (王伟)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE search_zh('王伟');
\echo '--- 4 Chinese characters (上海建投)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE search_zh_long('上海建投', '%上海建投%');
\echo '--- pinyin initials (shjt)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE search_pinyin('shjt', '%shjt%', '%shjt%');
\echo '--- full pinyin (shanghaijiantou)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE search_pinyin('shanghaijiantou', '%shanghaijiantou%', '%shanghaijiantou%');
\echo '--- 2 letters: initials only (cq)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE search_initials('cq');
\echo '--- archive number (kh-2000-0123)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE search_zh_long('kh-2000-0123', '%kh-2000-0123%');
\echo '--- part of a phone number (1381234)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE search_phone('1381234', '%1381234%', '%1381234%');
