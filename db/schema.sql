-- BenchLab schema: the tables of contract §2.3 (contract/2-data.md), in table (column) order.
-- One source for every server: servers never create or alter schema (contract §1.4); the lab applies
-- this file, loads the deterministic seed with binary COPY, then runs the post-load section.
-- The seeder applies everything above the "post-load" marker, copies the rows, then everything below it.
-- Primary keys and unique constraints of the large tables are declared in the post-load section for speed;
-- authors and posts (9,000 rows, with a foreign key between them) keep theirs inline.

CREATE TABLE users (
    id SERIAL,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE users_narrow (
    id SERIAL,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'active',
    created_at TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE users_wide (
    id SERIAL,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'active',
    created_at TIMESTAMP NOT NULL DEFAULT now(),
    phone VARCHAR(20),
    address VARCHAR(500),
    city VARCHAR(100),
    country VARCHAR(100),
    postal_code VARCHAR(20),
    birth_date DATE,
    gender VARCHAR(10),
    occupation VARCHAR(100),
    company VARCHAR(200),
    website VARCHAR(255),
    bio TEXT,
    avatar_url VARCHAR(500),
    last_login TIMESTAMP,
    login_count INTEGER NOT NULL DEFAULT 0,
    preferences JSONB DEFAULT '{}'
);

-- 49 columns (the original called it "50"; kept as it was).
CREATE TABLE users_extra_wide (
    id SERIAL,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) NOT NULL,
    field_01 VARCHAR(100), field_02 VARCHAR(100), field_03 VARCHAR(100), field_04 VARCHAR(100), field_05 VARCHAR(100),
    field_06 VARCHAR(100), field_07 VARCHAR(100), field_08 VARCHAR(100), field_09 VARCHAR(100), field_10 VARCHAR(100),
    field_11 VARCHAR(100), field_12 VARCHAR(100), field_13 VARCHAR(100), field_14 VARCHAR(100), field_15 VARCHAR(100),
    field_16 VARCHAR(100), field_17 VARCHAR(100), field_18 VARCHAR(100), field_19 VARCHAR(100), field_20 VARCHAR(100),
    field_21 VARCHAR(100), field_22 VARCHAR(100), field_23 VARCHAR(100), field_24 VARCHAR(100), field_25 VARCHAR(100),
    field_26 VARCHAR(100), field_27 VARCHAR(100), field_28 VARCHAR(100), field_29 VARCHAR(100), field_30 VARCHAR(100),
    field_31 VARCHAR(100), field_32 VARCHAR(100), field_33 VARCHAR(100), field_34 VARCHAR(100), field_35 VARCHAR(100),
    field_36 VARCHAR(100), field_37 VARCHAR(100), field_38 VARCHAR(100), field_39 VARCHAR(100), field_40 VARCHAR(100),
    field_41 VARCHAR(100), field_42 VARCHAR(100), field_43 VARCHAR(100), field_44 VARCHAR(100), field_45 VARCHAR(100),
    created_at TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE users_type_int (
    id SERIAL,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) NOT NULL,
    int_col_01 INTEGER NOT NULL DEFAULT 0,
    int_col_02 INTEGER NOT NULL DEFAULT 0,
    int_col_03 INTEGER NOT NULL DEFAULT 0,
    int_col_04 INTEGER NOT NULL DEFAULT 0,
    int_col_05 INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE users_type_varchar (
    id SERIAL,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) NOT NULL,
    varchar_col_01 VARCHAR(100),
    varchar_col_02 VARCHAR(100),
    varchar_col_03 VARCHAR(100),
    varchar_col_04 VARCHAR(100),
    varchar_col_05 VARCHAR(100)
);

CREATE TABLE users_type_text (
    id SERIAL,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) NOT NULL,
    text_col_01 TEXT,
    text_col_02 TEXT,
    text_col_03 TEXT,
    text_col_04 TEXT,
    text_col_05 TEXT
);

CREATE TABLE users_type_jsonb (
    id SERIAL,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) NOT NULL,
    json_col_01 JSONB DEFAULT '{}',
    json_col_02 JSONB DEFAULT '{}',
    json_col_03 JSONB DEFAULT '{}',
    json_col_04 JSONB DEFAULT '{}',
    json_col_05 JSONB DEFAULT '{}'
);

CREATE TABLE users_type_timestamp (
    id SERIAL,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) NOT NULL,
    ts_col_01 TIMESTAMP,
    ts_col_02 TIMESTAMP,
    ts_col_03 TIMESTAMP,
    ts_col_04 TIMESTAMP,
    ts_col_05 TIMESTAMP
);

CREATE TABLE users_type_uuid (
    id SERIAL,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) NOT NULL,
    uuid_col_01 UUID,
    uuid_col_02 UUID,
    uuid_col_03 UUID,
    uuid_col_04 UUID,
    uuid_col_05 UUID
);

CREATE TABLE authors (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(255) NOT NULL UNIQUE,
    bio TEXT,
    created_at TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE posts (
    id SERIAL PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES authors(id),
    title VARCHAR(200) NOT NULL,
    content TEXT,
    view_count INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE bulk_items (
    id SERIAL,
    batch_key VARCHAR(64) NOT NULL,
    seq INTEGER NOT NULL,
    name VARCHAR(100) NOT NULL,
    value INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE products (
    id SERIAL,
    name VARCHAR(100) NOT NULL,
    stock INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 0,
    updated_at TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE search_vocab (
    j INTEGER,
    word TEXT NOT NULL
);

CREATE TABLE articles (
    id SERIAL,
    title VARCHAR(200) NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT now(),
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED
);

-- post-load: keys and indexes are built after the rows are in (one sort each instead of 100,000 inserts).
-- Each statement touches one table only, so the seeder runs them in parallel, in this order (the GIN index
-- is by far the slowest to build, so it starts first).

CREATE INDEX idx_articles_search ON articles USING GIN (search_vector);
CREATE INDEX idx_users_wide_country ON users_wide(country);
CREATE INDEX idx_users_wide_status ON users_wide(status);
CREATE INDEX idx_posts_author_id ON posts(author_id);

ALTER TABLE users ADD PRIMARY KEY (id), ADD UNIQUE (email);
ALTER TABLE users_narrow ADD PRIMARY KEY (id), ADD UNIQUE (email);
ALTER TABLE users_wide ADD PRIMARY KEY (id), ADD UNIQUE (email);
ALTER TABLE users_extra_wide ADD PRIMARY KEY (id), ADD UNIQUE (email);
ALTER TABLE users_type_int ADD PRIMARY KEY (id), ADD UNIQUE (email);
ALTER TABLE users_type_varchar ADD PRIMARY KEY (id), ADD UNIQUE (email);
ALTER TABLE users_type_text ADD PRIMARY KEY (id), ADD UNIQUE (email);
ALTER TABLE users_type_jsonb ADD PRIMARY KEY (id), ADD UNIQUE (email);
ALTER TABLE users_type_timestamp ADD PRIMARY KEY (id), ADD UNIQUE (email);
ALTER TABLE users_type_uuid ADD PRIMARY KEY (id), ADD UNIQUE (email);
ALTER TABLE bulk_items ADD PRIMARY KEY (id), ADD UNIQUE (batch_key, seq);
ALTER TABLE products ADD PRIMARY KEY (id);
ALTER TABLE search_vocab ADD PRIMARY KEY (j);
ALTER TABLE articles ADD PRIMARY KEY (id);
