-- The platform's SQLite schema. Every statement is idempotent (IF NOT EXISTS); db.py runs
-- them in order when it opens the database, and schema.py's SCHEMA_VERSION names the layout.

CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS users (
    email TEXT PRIMARY KEY,
    created_at REAL NOT NULL);

CREATE TABLE IF NOT EXISTS api_keys (
    key_hash TEXT PRIMARY KEY,
    email TEXT NOT NULL REFERENCES users(email) ON DELETE CASCADE,
    created_at REAL NOT NULL);

CREATE TABLE IF NOT EXISTS project_directories (
    directory_id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    name TEXT NOT NULL,
    parent_id TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL);

CREATE TABLE IF NOT EXISTS projects (
    project_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    owner TEXT NOT NULL,
    description TEXT NOT NULL,
    created_at REAL NOT NULL,
    modified_at REAL NOT NULL,
    last_used_at REAL NOT NULL);

CREATE TABLE IF NOT EXISTS project_members (
    project_id TEXT NOT NULL REFERENCES projects(project_id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    level TEXT NOT NULL,
    directory_id TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (project_id, email));

CREATE TABLE IF NOT EXISTS directories (
    directory_id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(project_id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    parent_id TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL);

CREATE TABLE IF NOT EXISTS datasets (
    dataset_id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(project_id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    directory_id TEXT NOT NULL DEFAULT '',
    agent_access INTEGER NOT NULL DEFAULT 0,
    filename TEXT NOT NULL DEFAULT '',
    file_extension TEXT NOT NULL DEFAULT '',
    data_types TEXT NOT NULL DEFAULT '{}',
    size INTEGER NOT NULL DEFAULT 0,
    data_file TEXT,
    created_at REAL NOT NULL,
    modified_at REAL NOT NULL);

CREATE TABLE IF NOT EXISTS dataset_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    dataset_id TEXT NOT NULL REFERENCES datasets(dataset_id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    job_type TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    timestamp INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS uploads (
    upload_id TEXT PRIMARY KEY,
    dataset_id TEXT NOT NULL REFERENCES datasets(dataset_id) ON DELETE CASCADE,
    filename TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    part_size INTEGER NOT NULL,
    part_count INTEGER NOT NULL,
    state TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL,
    completed_at REAL);

CREATE TABLE IF NOT EXISTS upload_parts (
    upload_id TEXT NOT NULL REFERENCES uploads(upload_id) ON DELETE CASCADE,
    part INTEGER NOT NULL,
    etag TEXT NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY (upload_id, part));

CREATE TABLE IF NOT EXISTS exports (
    export_id TEXT PRIMARY KEY,
    dataset_id TEXT NOT NULL REFERENCES datasets(dataset_id) ON DELETE CASCADE,
    data_file TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at REAL NOT NULL,
    last_signed_at REAL NOT NULL);

CREATE TABLE IF NOT EXISTS pipelines (
    pipeline_id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(project_id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    directory_id TEXT NOT NULL DEFAULT '',
    agent_access INTEGER NOT NULL DEFAULT 0,
    high_volume_preference INTEGER NOT NULL DEFAULT 0,
    definition TEXT NOT NULL,
    schedule TEXT,
    schedule_user TEXT NOT NULL DEFAULT '',
    schedule_last_minute INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    modified_at REAL NOT NULL);

CREATE TABLE IF NOT EXISTS runs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT NOT NULL UNIQUE,
    pipeline_id TEXT NOT NULL REFERENCES pipelines(pipeline_id) ON DELETE CASCADE,
    project_id TEXT NOT NULL,
    user TEXT NOT NULL,
    trigger TEXT NOT NULL,
    status TEXT NOT NULL,
    progress INTEGER,
    message TEXT NOT NULL DEFAULT '',
    erroneous_facet_id TEXT NOT NULL DEFAULT '',
    started_at REAL NOT NULL,
    finished_at REAL,
    timestamp INTEGER);

CREATE TABLE IF NOT EXISTS models (
    model_id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(project_id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    directory_id TEXT NOT NULL DEFAULT '',
    model_type TEXT NOT NULL,
    sub_model_type TEXT NOT NULL,
    description TEXT NOT NULL,
    latest_version_id TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL,
    modified_at REAL NOT NULL);

CREATE TABLE IF NOT EXISTS model_versions (
    version_id TEXT PRIMARY KEY,
    model_id TEXT NOT NULL REFERENCES models(model_id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    hyperparameters TEXT NOT NULL,
    metrics TEXT NOT NULL,
    artifact_file TEXT NOT NULL,
    created_at REAL NOT NULL,
    modified_at REAL NOT NULL,
    UNIQUE (model_id, version));

CREATE TABLE IF NOT EXISTS custom_facets (
    custom_facet_id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    name TEXT NOT NULL,
    chain_group TEXT NOT NULL,
    description TEXT NOT NULL,
    tags TEXT NOT NULL,
    python_script TEXT NOT NULL,
    libraries TEXT NOT NULL,
    rootkit_token TEXT NOT NULL,
    arguments TEXT NOT NULL,
    created_at REAL NOT NULL,
    modified_at REAL NOT NULL);

CREATE TABLE IF NOT EXISTS custom_facet_versions (
    version_id TEXT PRIMARY KEY,
    custom_facet_id TEXT NOT NULL REFERENCES custom_facets(custom_facet_id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    description TEXT NOT NULL,
    python_script TEXT NOT NULL,
    libraries TEXT NOT NULL,
    rootkit_token TEXT NOT NULL,
    arguments TEXT NOT NULL,
    created_at REAL NOT NULL,
    modified_at REAL NOT NULL,
    UNIQUE (custom_facet_id, version));

CREATE TABLE IF NOT EXISTS custom_facet_access (
    custom_facet_id TEXT NOT NULL REFERENCES custom_facets(custom_facet_id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    level TEXT NOT NULL,
    PRIMARY KEY (custom_facet_id, email));

CREATE INDEX IF NOT EXISTS project_members_by_email ON project_members(email);

CREATE INDEX IF NOT EXISTS datasets_by_project ON datasets(project_id, name);

CREATE INDEX IF NOT EXISTS pipelines_by_project ON pipelines(project_id, name);

CREATE INDEX IF NOT EXISTS models_by_project ON models(project_id, name);

CREATE INDEX IF NOT EXISTS runs_by_pipeline ON runs(pipeline_id, finished_at);

CREATE INDEX IF NOT EXISTS dataset_log_by_dataset ON dataset_log(dataset_id);

CREATE INDEX IF NOT EXISTS uploads_by_dataset ON uploads(dataset_id);
