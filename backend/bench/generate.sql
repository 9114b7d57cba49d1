-- Deterministic benchmark dataset (psql -v customers=100000 -f generate.sql), run as superuser on
-- an empty, migrated schema: :customers customers, three contacts each, ten transactions each.
-- Every value derives from the row number, so two runs produce the same rows.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE TEMP TABLE words AS
SELECT
  ARRAY['上海','北京','深圳','广州','杭州','南京','苏州','成都','重庆','武汉','西安','天津','青岛','厦门','长沙',
        '郑州','合肥','福州','济南','沈阳','大连','宁波','无锡','昆明','南昌','贵阳','兰州','太原','石家庄','哈尔滨'] AS cities,
  ARRAY['建投','华信','中联','沪通','智联','精工','天府','长江','光谷','秦川','海滨','鹭岛','湘江','中原','滨海',
        '滇池','紫金','珠江','北仑','讯联','冰城','泉城','闽江','赣江','云上','黄河','天山','椰风','恒达','宏远',
        '鑫源','瑞丰','博远','盛世','华夏','东方','新锐','安泰','永利','金桥','联创','德信','正大','国泰','佳和',
        '沪宁','嘉禾','润华','万通','百川'] AS brands,
  ARRAY['科技','贸易','实业','物流','电子','医药','食品','建设','投资','咨询','机械','能源','材料','服务','文化'] AS trades,
  ARRAY['有限公司','股份有限公司','集团有限公司','有限责任公司'] AS suffixes,
  ARRAY['张','王','李','赵','刘','陈','杨','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','马','罗'] AS surnames,
  ARRAY['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀英','华','平'] AS given,
  ARRAY['ENTERPRISE','STATE_OWNED','PUBLIC_INSTITUTION','SELF_EMPLOYED','TRADING_PARTNER','GOVERNMENT'] AS natures,
  ARRAY['制造业','批发和零售业','信息传输、软件和信息技术服务业','建筑业','交通运输、仓储和邮政业','住宿和餐饮业'] AS industries;

-- Owners: the demo sales reps, spread over both teams.
CREATE TEMP TABLE owners (n int, owner_id varchar, team varchar);
INSERT INTO owners VALUES
  (0, '00000000-0000-4000-8000-000000000005', 'east-team'),
  (1, '00000000-0000-4000-8000-000000000006', 'west-team'),
  (2, '00000000-0000-4000-8000-000000000012', 'east-team');

INSERT INTO customer (id, archive_no, kind, name, short_name, nature, industry, region, address, phone, email,
                      owner_id, team, status, version, created_at, updated_at)
SELECT
  ('00000000-0000-4000-a000-' || lpad(to_hex(i), 12, '0'))::uuid,
  'KH-2025-' || lpad(i::text, 6, '0'),
  'ORGANIZATION',
  w.cities[1 + i % 30] || w.brands[1 + (i / 30) % 50] || w.trades[1 + (i / 1500) % 15] || w.suffixes[1 + i % 4]
    || CASE WHEN i >= 90000 THEN '（' || (i / 90000)::text || '）' ELSE '' END,
  w.brands[1 + (i / 30) % 50] || w.trades[1 + (i / 1500) % 15],
  w.natures[1 + i % 6],
  w.industries[1 + i % 6],
  w.cities[1 + i % 30],
  w.cities[1 + i % 30] || '市' || (1 + i % 200) || '号',
  '021-' || lpad((60000000 + i)::text, 8, '0'),
  'info' || i || '@example.cn',
  o.owner_id,
  o.team,
  CASE WHEN i % 10 < 7 THEN 'APPROVED' ELSE 'DRAFT' END,
  0,
  timestamptz '2023-01-01 08:00+08' + (i * interval '15 minutes'),
  timestamptz '2023-01-01 08:00+08' + (i * interval '15 minutes')
FROM generate_series(1, :customers) AS i
CROSS JOIN words w
JOIN owners o ON o.n = i % 3;

INSERT INTO contact (id, customer_id, name, title, mobile, email, is_primary, active, version, created_at, updated_at)
SELECT
  ('00000000-0000-4000-b000-' || lpad(to_hex(i * 4 + k), 12, '0'))::uuid,
  ('00000000-0000-4000-a000-' || lpad(to_hex(i), 12, '0'))::uuid,
  w.surnames[1 + (i * 3 + k) % 20] || w.given[1 + (i * 7 + k) % 20],
  CASE k WHEN 0 THEN '总经理' WHEN 1 THEN '采购经理' ELSE '财务' END,
  '13' || lpad(((i * 3 + k) % 1000000000)::text, 9, '0'),
  'c' || i || '_' || k || '@example.cn',
  k = 0,
  true,
  0,
  timestamptz '2023-01-01 08:00+08' + (i * interval '15 minutes'),
  timestamptz '2023-01-01 08:00+08' + (i * interval '15 minutes')
FROM generate_series(1, :customers) AS i
CROSS JOIN generate_series(0, 2) AS k
CROSS JOIN words w;

ANALYZE;
