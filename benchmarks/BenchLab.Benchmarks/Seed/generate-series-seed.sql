-- The baseline of the seed benchmark: the same rows as the lab's binary COPY seed (contract §2.3),
-- written the way the original lab loaded its data, with INSERT … SELECT generate_series. Run against a
-- database holding the tables of db/schema.sql (without its post-load section); the benchmark then builds the
-- same indexes, sets the sequences and runs VACUUM (ANALYZE), exactly as the COPY seed does.
-- It is also an independent second implementation of the seed rules: the benchmark checks that both
-- produce identical tables.

INSERT INTO users (id, name, email, created_at)
SELECT i, 'User' || i, 'user' || i || '@benchmark.com',
       timestamp '2026-01-01 00:00:00' - make_interval(secs => (i::bigint * 7919) % 2592000)
FROM generate_series(1, 100000) AS i;

INSERT INTO users_narrow (id, name, email, status, created_at)
SELECT i, 'User' || i, 'narrow' || i || '@benchmark.com', CASE WHEN i % 2 = 0 THEN 'active' ELSE 'inactive' END,
       timestamp '2026-01-01 00:00:00' - make_interval(secs => (i::bigint * 7919) % 2592000)
FROM generate_series(1, 100000) AS i;

INSERT INTO users_wide (id, name, email, status, created_at, phone, address, city, country, postal_code, birth_date,
                        gender, occupation, company, website, bio, avatar_url, last_login, login_count, preferences)
SELECT i, 'User' || i, 'wide' || i || '@benchmark.com', CASE WHEN i % 2 = 0 THEN 'active' ELSE 'inactive' END,
       timestamp '2026-01-01 00:00:00' - make_interval(secs => (i::bigint * 7919) % 2592000),
       '010-' || (1000 + i * 37 % 9000) || '-' || (1000 + i * 53 % 9000),
       'Address ' || i, 'City ' || (i % 100), 'Country' || (i % 50), (10000 + i * 101 % 900000)::text,
       date '1970-01-01' + (i * 13 % 15001),
       CASE WHEN (i / 2) % 2 = 0 THEN 'male' ELSE 'female' END,
       'Occupation ' || (i % 30), 'Company ' || (i % 200), 'https://example.com/user/' || i,
       'Bio text for user ' || i || '. Lorem ipsum dolor sit amet.', 'https://avatar.example.com/' || i || '.jpg',
       timestamp '2026-01-01 00:00:00' - make_interval(secs => (i::bigint * 7717) % 604800),
       i * 37 % 1001,
       jsonb_build_object('theme', CASE WHEN i % 3 = 0 THEN 'dark' ELSE 'light' END, 'lang', 'ko')
FROM generate_series(1, 100000) AS i;

INSERT INTO users_extra_wide (id, name, email,
    field_01, field_02, field_03, field_04, field_05, field_06, field_07, field_08, field_09, field_10,
    field_11, field_12, field_13, field_14, field_15, field_16, field_17, field_18, field_19, field_20,
    field_21, field_22, field_23, field_24, field_25, field_26, field_27, field_28, field_29, field_30,
    field_31, field_32, field_33, field_34, field_35, field_36, field_37, field_38, field_39, field_40,
    field_41, field_42, field_43, field_44, field_45, created_at)
SELECT i, 'User' || i, 'extrawide' || i || '@benchmark.com',
    'val_01_' || i, 'val_02_' || i, 'val_03_' || i, 'val_04_' || i, 'val_05_' || i, 'val_06_' || i, 'val_07_' || i, 'val_08_' || i, 'val_09_' || i, 'val_10_' || i,
    'val_11_' || i, 'val_12_' || i, 'val_13_' || i, 'val_14_' || i, 'val_15_' || i, 'val_16_' || i, 'val_17_' || i, 'val_18_' || i, 'val_19_' || i, 'val_20_' || i,
    'val_21_' || i, 'val_22_' || i, 'val_23_' || i, 'val_24_' || i, 'val_25_' || i, 'val_26_' || i, 'val_27_' || i, 'val_28_' || i, 'val_29_' || i, 'val_30_' || i,
    'val_31_' || i, 'val_32_' || i, 'val_33_' || i, 'val_34_' || i, 'val_35_' || i, 'val_36_' || i, 'val_37_' || i, 'val_38_' || i, 'val_39_' || i, 'val_40_' || i,
    'val_41_' || i, 'val_42_' || i, 'val_43_' || i, 'val_44_' || i, 'val_45_' || i,
    timestamp '2026-01-01 00:00:00' - make_interval(secs => (i::bigint * 7919) % 2592000)
FROM generate_series(1, 100000) AS i;

INSERT INTO users_type_int (id, name, email, int_col_01, int_col_02, int_col_03, int_col_04, int_col_05)
SELECT i, 'User' || i, 'int' || i || '@benchmark.com',
       (i::bigint * 7919) % 1000000, (i::bigint * 7927) % 1000000, (i::bigint * 7933) % 1000000,
       (i::bigint * 7937) % 1000000, (i::bigint * 7949) % 1000000
FROM generate_series(1, 100000) AS i;

INSERT INTO users_type_varchar (id, name, email, varchar_col_01, varchar_col_02, varchar_col_03, varchar_col_04, varchar_col_05)
SELECT i, 'User' || i, 'varchar' || i || '@benchmark.com',
       'varchar_value_01_' || i, 'varchar_value_02_' || i, 'varchar_value_03_' || i, 'varchar_value_04_' || i, 'varchar_value_05_' || i
FROM generate_series(1, 100000) AS i;

INSERT INTO users_type_text (id, name, email, text_col_01, text_col_02, text_col_03, text_col_04, text_col_05)
SELECT i, 'User' || i, 'text' || i || '@benchmark.com',
       'Lorem ipsum dolor sit amet, consectetur adipiscing elit. User ' || i || ' text column 01.',
       'Lorem ipsum dolor sit amet, consectetur adipiscing elit. User ' || i || ' text column 02.',
       'Lorem ipsum dolor sit amet, consectetur adipiscing elit. User ' || i || ' text column 03.',
       'Lorem ipsum dolor sit amet, consectetur adipiscing elit. User ' || i || ' text column 04.',
       'Lorem ipsum dolor sit amet, consectetur adipiscing elit. User ' || i || ' text column 05.'
FROM generate_series(1, 100000) AS i;

INSERT INTO users_type_jsonb (id, name, email, json_col_01, json_col_02, json_col_03, json_col_04, json_col_05)
SELECT i, 'User' || i, 'jsonb' || i || '@benchmark.com',
       jsonb_build_object('id', i, 'type', 'col01', 'data', jsonb_build_object('nested', 'value')),
       jsonb_build_object('id', i, 'type', 'col02', 'data', jsonb_build_object('nested', 'value')),
       jsonb_build_object('id', i, 'type', 'col03', 'data', jsonb_build_object('nested', 'value')),
       jsonb_build_object('id', i, 'type', 'col04', 'data', jsonb_build_object('nested', 'value')),
       jsonb_build_object('id', i, 'type', 'col05', 'data', jsonb_build_object('nested', 'value'))
FROM generate_series(1, 100000) AS i;

INSERT INTO users_type_timestamp (id, name, email, ts_col_01, ts_col_02, ts_col_03, ts_col_04, ts_col_05)
SELECT i, 'User' || i, 'timestamp' || i || '@benchmark.com',
       timestamp '2026-01-01 00:00:00' - make_interval(secs => (i::bigint * 7919) % 31536000),
       timestamp '2026-01-01 00:00:00' - make_interval(secs => (i::bigint * 7927) % 31536000),
       timestamp '2026-01-01 00:00:00' - make_interval(secs => (i::bigint * 7933) % 31536000),
       timestamp '2026-01-01 00:00:00' - make_interval(secs => (i::bigint * 7937) % 31536000),
       timestamp '2026-01-01 00:00:00' - make_interval(secs => (i::bigint * 7949) % 31536000)
FROM generate_series(1, 100000) AS i;

INSERT INTO users_type_uuid (id, name, email, uuid_col_01, uuid_col_02, uuid_col_03, uuid_col_04, uuid_col_05)
SELECT i, 'User' || i, 'uuid' || i || '@benchmark.com',
       md5('uuid:' || i || ':1')::uuid, md5('uuid:' || i || ':2')::uuid, md5('uuid:' || i || ':3')::uuid,
       md5('uuid:' || i || ':4')::uuid, md5('uuid:' || i || ':5')::uuid
FROM generate_series(1, 100000) AS i;

INSERT INTO authors (id, name, email, bio, created_at)
SELECT a, 'Author' || a, 'author' || a || '@benchmark.com', 'Bio for author ' || a || '. Writer and content creator.',
       timestamp '2026-01-01 00:00:00' - make_interval(secs => (a::bigint * 7919) % 31536000)
FROM generate_series(1, 1000) AS a;

INSERT INTO posts (id, author_id, title, content, view_count, created_at)
SELECT (a - 1) * 8 + p, a, 'Post ' || p || ' by Author ' || a,
       'Content of post ' || p || '. Lorem ipsum dolor sit amet, consectetur adipiscing elit.',
       ((a - 1) * 8 + p) * 7919 % 10001,
       timestamp '2026-01-01 00:00:00' - make_interval(secs => (a::bigint * 7919) % 31536000) + make_interval(days => p)
FROM generate_series(1, 1000) AS a, generate_series(1, 8) AS p;

INSERT INTO products (id, name, stock, version, updated_at)
SELECT i, 'Product ' || i, 1000, 0, timestamp '2026-01-01 00:00:00'
FROM generate_series(1, 10) AS i;

INSERT INTO search_vocab (j, word)
SELECT j, s[j / 100 + 1] || s[(j / 10) % 10 + 1] || s[j % 10 + 1]
FROM generate_series(0, 999) AS j, (SELECT ARRAY['ba','ke','di','mo','nu','ra','si','to','ve','zu'] AS s) AS syllables;

INSERT INTO articles (id, title, body, created_at)
SELECT i,
       'Article ' || i || ': ' || (SELECT string_agg(v.word, ' ' ORDER BY k) FROM generate_series(0, 3) AS k
                                   JOIN search_vocab v ON v.j = (i * 53 + k * 211) % 1000),
       (SELECT string_agg(v.word, ' ' ORDER BY k) FROM generate_series(0, 29) AS k
        JOIN search_vocab v ON v.j = (i * 37 + k * 101) % 1000),
       timestamp '2026-01-01 00:00:00' - make_interval(secs => (i::bigint * 7919) % 31536000)
FROM generate_series(1, 100000) AS i;
