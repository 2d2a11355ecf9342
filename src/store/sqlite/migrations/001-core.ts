// The core schema: topics, documents, extracts, actors, key points and quotes with FTS5.
// Documents have an integer `seq` (the rowid) that every other table joins on, and the body hash
// as `id`, the id users and citations see.
import type { Migration } from "./index.ts";

/** Version 1: everything but the digest tables. */
export const coreMigration: Migration = {
  version: 1,
  name: "core",
  sql: `
CREATE TABLE topics (
  slug TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  match_json TEXT NOT NULL,
  feeds_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  canonical_url TEXT UNIQUE,
  title TEXT NOT NULL,
  date TEXT,
  day TEXT NOT NULL,
  source TEXT,
  url TEXT,
  license TEXT,
  author TEXT,
  body TEXT NOT NULL,
  language TEXT NOT NULL,
  extracted INTEGER NOT NULL,
  duplicate_of INTEGER REFERENCES documents(seq),
  added_at TEXT NOT NULL,
  minhash BLOB
);
CREATE INDEX documents_added_at ON documents(added_at);

-- Locality-sensitive buckets of each document's MinHash signature: near-duplicate candidates.
CREATE TABLE near_dup_bands (
  band INTEGER NOT NULL,
  doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  PRIMARY KEY (band, doc_seq)
) WITHOUT ROWID;

CREATE TABLE extracts (
  doc_seq INTEGER PRIMARY KEY REFERENCES documents(seq) ON DELETE CASCADE,
  engine_version TEXT NOT NULL,
  brief_json TEXT NOT NULL,
  extracted_at TEXT NOT NULL
);
CREATE INDEX extracts_engine_version ON extracts(engine_version);

CREATE TABLE memberships (
  topic TEXT NOT NULL REFERENCES topics(slug) ON DELETE CASCADE,
  doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  day TEXT NOT NULL,
  counted INTEGER NOT NULL,
  PRIMARY KEY (topic, doc_seq)
) WITHOUT ROWID;
CREATE INDEX memberships_topic_day ON memberships(topic, counted, day, doc_seq);
CREATE INDEX memberships_doc ON memberships(doc_seq);

CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  UNIQUE (name, type)
);

-- Every form of an actor's name, including the name itself, by its lower-cased key.
CREATE TABLE actor_aliases (
  alias_key TEXT NOT NULL,
  actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  PRIMARY KEY (alias_key, actor_id)
) WITHOUT ROWID;
CREATE INDEX actor_aliases_actor ON actor_aliases(actor_id);

CREATE TABLE document_actors (
  doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (doc_seq, actor_id)
) WITHOUT ROWID;
CREATE INDEX document_actors_actor ON document_actors(actor_id, doc_seq, mentions);

CREATE TABLE actor_roles (
  actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  role TEXT NOT NULL,
  PRIMARY KEY (actor_id, role, doc_seq)
) WITHOUT ROWID;
CREATE INDEX actor_roles_doc ON actor_roles(doc_seq);

CREATE TABLE key_points (
  doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  rank INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  text TEXT NOT NULL,
  score REAL NOT NULL,
  weight REAL NOT NULL,
  PRIMARY KEY (doc_seq, rank)
) WITHOUT ROWID;

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker_name TEXT,
  speaker_type TEXT,
  speaker_actor_id INTEGER REFERENCES actors(id)
);
CREATE INDEX quotes_doc ON quotes(doc_seq);
CREATE INDEX quotes_speaker ON quotes(speaker_actor_id, doc_seq);

-- Contentless: the text lives in quotes; rowid = quotes.id. speaker holds the name and aliases.
CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text, speaker, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
`,
};
