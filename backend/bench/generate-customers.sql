-- Generates a deterministic customer dataset for plan checks and benchmarks.
--   psql -v customers=100000 -v contacts_per_customer=3 -f backend/bench/generate-customers.sql
-- Runs against a migrated database (Liquibase schema context). Names are built from pools of
-- Chinese words whose pinyin is known, so the pinyin keys are written here too and the
-- application's start-up backfill finds nothing to do. Rows get archive numbers KH-2000-NNNNNN
-- (a year no real archive uses), so the script refuses to run twice on the same database.
\set ON_ERROR_STOP on
\if :{?customers}
\else
  \set customers 100000
\endif
\if :{?contacts_per_customer}
\else
  \set contacts_per_customer 3
\endif

BEGIN;
SELECT setseed(0.4242);

CREATE TEMP TABLE bench_city(i int, zh text, py text, ini text) ON COMMIT DROP;
INSERT INTO bench_city SELECT row_number() OVER () - 1, * FROM (VALUES
  ('上海','shanghai','sh'), ('北京','beijing','bj'), ('深圳','shenzhen','sz'), ('广州','guangzhou','gz'),
  ('杭州','hangzhou','hz'), ('重庆','chongqing','cq'), ('成都','chengdu','cd'), ('武汉','wuhan','wh'),
  ('南京','nanjing','nj'), ('西安','xian','xa'), ('苏州','suzhou','sz'), ('天津','tianjin','tj'),
  ('长沙','changsha','cs'), ('郑州','zhengzhou','zz'), ('青岛','qingdao','qd'), ('厦门','xiamen','xm'),
  ('宁波','ningbo','nb'), ('合肥','hefei','hf'), ('济南','jinan','jn'), ('昆明','kunming','km')) v;

CREATE TEMP TABLE bench_word(i int, zh text, py text, ini text) ON COMMIT DROP;
INSERT INTO bench_word SELECT row_number() OVER () - 1, * FROM (VALUES
  ('建投','jiantou','jt'), ('华信','huaxin','hx'), ('智联','zhilian','zl'), ('天府','tianfu','tf'),
  ('长江','changjiang','cj'), ('光谷','guanggu','gg'), ('秦川','qinchuan','qc'), ('海滨','haibin','hb'),
  ('鹭岛','ludao','ld'), ('湘江','xiangjiang','xj'), ('中原','zhongyuan','zy'), ('滨海','binhai','bh'),
  ('紫金','zijin','zj'), ('珠江','zhujiang','zj'), ('北仑','beilun','bl'), ('讯联','xunlian','xl'),
  ('冰城','bingcheng','bc'), ('泉城','quancheng','qc'), ('闽江','minjiang','mj'), ('赣江','ganjiang','gj'),
  ('云上','yunshang','ys'), ('黄河','huanghe','hh'), ('天山','tianshan','ts'), ('椰风','yefeng','yf'),
  ('冀中','jizhong','jz'), ('晋阳','jinyang','jy'), ('草原','caoyuan','cy'), ('绿城','lvcheng','lc'),
  ('太湖','taihu','th'), ('松山','songshan','ss'), ('顺德','shunde','sd'), ('瓯江','oujiang','oj'),
  ('星海','xinghai','xh'), ('浦东','pudong','pd'), ('姑苏','gusu','gs'), ('龙城','longcheng','lc'),
  ('一汽','yiqi','yq'), ('宏达','hongda','hd'), ('永安','yongan','ya'), ('恒通','hengtong','ht'),
  ('金桥','jinqiao','jq'), ('东方','dongfang','df'), ('新世纪','xinshiji','xsj'), ('远景','yuanjing','yj'),
  ('瑞丰','ruifeng','rf'), ('博远','boyuan','by'), ('安泰','antai','at'), ('嘉禾','jiahe','jh'),
  ('九州','jiuzhou','jz'), ('华夏','huaxia','hx')) v;

CREATE TEMP TABLE bench_trade(i int, zh text, py text, ini text) ON COMMIT DROP;
INSERT INTO bench_trade SELECT row_number() OVER () - 1, * FROM (VALUES
  ('贸易','maoyi','my'), ('科技','keji','kj'), ('供应链管理','gongyinglianguanli','gylgl'), ('茶业','chaye','cy'),
  ('机械制造','jixiezhizao','jxzz'), ('软件','ruanjian','rj'), ('汽车零部件','qichelingbujian','qclbj'),
  ('生物医药','shengwuyiyao','swyy'), ('建设工程','jianshegongcheng','jsgc'), ('食品','shipin','sp'),
  ('物流','wuliu','wl'), ('电子商务','dianzishangwu','dzsw'), ('粮油','liangyou','ly'), ('港务服务','gangwufuwu','gwfw'),
  ('花卉','huahui','hh'), ('酒店管理','jiudianguanli','jdgl'), ('纺织服装','fangzhifuzhuang','fzfz'),
  ('信息技术','xinxijishu','xxjs'), ('重型装备','zhongxingzhuangbei','zxzb'), ('医疗器械','yiliaoqixie','ylqx')) v;

CREATE TEMP TABLE bench_suffix(i int, zh text, py text, ini text) ON COMMIT DROP;
INSERT INTO bench_suffix SELECT row_number() OVER () - 1, * FROM (VALUES
  ('有限公司','youxiangongsi','yxgs'), ('股份有限公司','gufenyouxiangongsi','gfyxgs'),
  ('集团有限公司','jituanyouxiangongsi','jtyxgs'), ('有限责任公司','youxianzerengongsi','yxzrgs')) v;

CREATE TEMP TABLE bench_surname(i int, zh text, py text, ini text) ON COMMIT DROP;
INSERT INTO bench_surname SELECT row_number() OVER () - 1, * FROM (VALUES
  ('王','wang','w'), ('李','li','l'), ('张','zhang','z'), ('刘','liu','l'), ('陈','chen','c'), ('杨','yang','y'),
  ('黄','huang','h'), ('赵','zhao','z'), ('吴','wu','w'), ('周','zhou','z'), ('徐','xu','x'), ('孙','sun','s'),
  ('马','ma','m'), ('朱','zhu','z'), ('胡','hu','h'), ('郭','guo','g'), ('何','he','h'), ('林','lin','l')) v;

CREATE TEMP TABLE bench_given(i int, zh text, py text, ini text) ON COMMIT DROP;
INSERT INTO bench_given SELECT row_number() OVER () - 1, * FROM (VALUES
  ('建华','jianhua','jh'), ('秀英','xiuying','xy'), ('志强','zhiqiang','zq'), ('丽华','lihua','lh'),
  ('国庆','guoqing','gq'), ('海燕','haiyan','hy'), ('德明','deming','dm'), ('晓红','xiaohong','xh'),
  ('文斌','wenbin','wb'), ('美玲','meiling','ml'), ('振华','zhenhua','zh'), ('雅婷','yating','yt'),
  ('俊杰','junjie','jj'), ('伟','wei','w'), ('敏','min','m'), ('静','jing','j'), ('磊','lei','l'),
  ('洋','yang','y'), ('艳','yan','y'), ('勇','yong','y'), ('军','jun','j'), ('杰','jie','j'),
  ('娟','juan','j'), ('涛','tao','t'), ('明','ming','m'), ('超','chao','c'), ('秀兰','xiulan','xl'),
  ('霞','xia','x'), ('平','ping','p'), ('刚','gang','g')) v;

-- Every random draw happens in one ordered pass, so the same seed gives the same rows.
CREATE TEMP TABLE bench_customer ON COMMIT DROP AS
SELECT n,
       (random() < 0.8) AS organisation,
       floor(random() * 20)::int AS city, floor(random() * 50)::int AS word,
       floor(random() * 50)::int AS word2, floor(random() * 20)::int AS trade,
       floor(random() * 4)::int AS suffix, floor(random() * 18)::int AS surname,
       floor(random() * 30)::int AS given, floor(random() * 4)::int AS rep,
       floor(random() * 4)::int AS status, floor(random() * 1000)::int AS age_days,
       md5(random()::text) AS salt
FROM generate_series(1, :customers) AS n ORDER BY n;

INSERT INTO customer (id, archive_no, kind, name, short_name, credit_code, industry, region, phone,
                      owner_id, team, status, version, created_at, updated_at, name_pinyin, name_initials)
SELECT md5('customer' || b.n)::uuid,
       'KH-2000-' || lpad(b.n::text, 6, '0'),
       CASE WHEN b.organisation THEN 'ORGANIZATION' ELSE 'INDIVIDUAL' END,
       CASE WHEN b.organisation THEN c.zh || w.zh || w2.zh || t.zh || s.zh ELSE sn.zh || g.zh END,
       CASE WHEN b.organisation THEN w.zh || w2.zh || t.zh END,
       NULL,
       CASE WHEN b.organisation THEN '制造业' ELSE '个人消费' END,
       c.zh,
       '1' || (30 + (b.n % 70))::text || lpad((b.n * 7919 % 100000000)::text, 8, '0'),
       (ARRAY['00000000-0000-4000-8000-000000000005', '00000000-0000-4000-8000-000000000006',
              '00000000-0000-4000-8000-000000000012', '00000000-0000-4000-8000-000000000004'])[b.rep + 1],
       (ARRAY['east-team', 'west-team', 'east-team', 'east-team'])[b.rep + 1],
       (ARRAY['DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'ARCHIVED'])[b.status + 1],
       0,
       timestamptz '2026-01-01 00:00:00+00' - make_interval(days => b.age_days, secs => b.n % 86400),
       timestamptz '2026-01-01 00:00:00+00' - make_interval(days => b.age_days / 2, secs => b.n % 86400),
       CASE WHEN b.organisation THEN c.py || w.py || w2.py || t.py || s.py || ' ' || w.py || w2.py || t.py
            ELSE sn.py || g.py END,
       CASE WHEN b.organisation THEN c.ini || w.ini || w2.ini || t.ini || s.ini || ' ' || w.ini || w2.ini || t.ini
            ELSE sn.ini || g.ini END
FROM bench_customer b
JOIN bench_city c ON c.i = b.city JOIN bench_word w ON w.i = b.word JOIN bench_word w2 ON w2.i = b.word2
JOIN bench_trade t ON t.i = b.trade JOIN bench_suffix s ON s.i = b.suffix
JOIN bench_surname sn ON sn.i = b.surname JOIN bench_given g ON g.i = b.given
ORDER BY b.n;

CREATE TEMP TABLE bench_contact ON COMMIT DROP AS
SELECT n, k, floor(random() * 18)::int AS surname, floor(random() * 30)::int AS given,
       floor(random() * 100000000)::bigint AS mobile
FROM generate_series(1, :customers) AS n, generate_series(1, :contacts_per_customer) AS k ORDER BY n, k;

INSERT INTO contact (id, customer_id, name, mobile, phone, is_primary, active, version, created_at, updated_at)
SELECT md5('contact' || b.n || '-' || b.k)::uuid, md5('customer' || b.n)::uuid, sn.zh || g.zh,
       '1' || (30 + (b.mobile % 70))::text || lpad(b.mobile::text, 8, '0'),
       CASE WHEN b.k = 1 THEN '021-' || lpad((b.mobile % 100000000)::text, 8, '0') END,
       b.k = 1, true, 0, timestamptz '2026-01-01 00:00:00+00', timestamptz '2026-01-01 00:00:00+00'
FROM bench_contact b JOIN bench_surname sn ON sn.i = b.surname JOIN bench_given g ON g.i = b.given
ORDER BY b.n, b.k;

COMMIT;


-- GIN indexes built with a pending list (fastupdate) would be scanned linearly until vacuumed;
-- vacuum so the plans and timings that follow are the steady state.
VACUUM ANALYZE customer;
VACUUM ANALYZE contact;
