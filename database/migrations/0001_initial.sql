-- ClinicDesk schema 1: clinic set-up, patients and the audit trail.
-- Dates are ISO yyyy-MM-dd text, times the clinic's wall-clock ISO yyyy-MM-ddTHH:mm:ss text.
-- Phone numbers are ten digits; *_key columns hold folded names for indexed search and
-- *_rev columns the reversed digits so "the last four" is an indexed prefix look-up too.

CREATE TABLE clinic_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sequences (
    name       TEXT PRIMARY KEY,
    next_value INTEGER NOT NULL
);
INSERT INTO sequences (name, next_value) VALUES ('patient_mrn', 100001);

CREATE TABLE providers (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    credentials TEXT NOT NULL DEFAULT '',
    colour      TEXT NOT NULL DEFAULT '#3b6ea5',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE rooms (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE appointment_types (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    default_minutes INTEGER NOT NULL CHECK (default_minutes BETWEEN 5 AND 480),
    colour          TEXT NOT NULL,
    is_botox        INTEGER NOT NULL DEFAULT 0 CHECK (is_botox IN (0, 1)),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE patients (
    id                  INTEGER PRIMARY KEY,
    mrn                 TEXT NOT NULL UNIQUE,
    first_name          TEXT NOT NULL,
    middle_name         TEXT NOT NULL DEFAULT '',
    last_name           TEXT NOT NULL,
    preferred_name      TEXT NOT NULL DEFAULT '',
    date_of_birth       TEXT NOT NULL,
    sex                 TEXT NOT NULL DEFAULT 'U' CHECK (sex IN ('F', 'M', 'X', 'U')),
    mobile_phone        TEXT NOT NULL DEFAULT '',
    home_phone          TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    address_line1       TEXT NOT NULL DEFAULT '',
    address_line2       TEXT NOT NULL DEFAULT '',
    city                TEXT NOT NULL DEFAULT '',
    state               TEXT NOT NULL DEFAULT '',
    postal_code         TEXT NOT NULL DEFAULT '',
    preferred_contact   TEXT NOT NULL DEFAULT 'phone',
    voicemail_consent   INTEGER NOT NULL DEFAULT 0 CHECK (voicemail_consent IN (0, 1)),
    text_consent        INTEGER NOT NULL DEFAULT 0 CHECK (text_consent IN (0, 1)),
    emergency_name      TEXT NOT NULL DEFAULT '',
    emergency_relation  TEXT NOT NULL DEFAULT '',
    emergency_phone     TEXT NOT NULL DEFAULT '',
    insurance_payer     TEXT NOT NULL DEFAULT '',
    insurance_member_id TEXT NOT NULL DEFAULT '',
    insurance_group     TEXT NOT NULL DEFAULT '',
    referring_physician TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    last_key            TEXT NOT NULL,
    first_key           TEXT NOT NULL,
    preferred_key       TEXT NOT NULL DEFAULT '',
    mobile_rev          TEXT NOT NULL DEFAULT '',
    home_rev            TEXT NOT NULL DEFAULT ''
);

CREATE INDEX patients_by_last_first ON patients (last_key, first_key);
CREATE INDEX patients_by_first_last ON patients (first_key, last_key);
CREATE INDEX patients_by_preferred ON patients (preferred_key) WHERE preferred_key <> '';
CREATE INDEX patients_by_birth_date ON patients (date_of_birth);
CREATE INDEX patients_by_mobile ON patients (mobile_phone) WHERE mobile_phone <> '';
CREATE INDEX patients_by_home ON patients (home_phone) WHERE home_phone <> '';
CREATE INDEX patients_by_mobile_rev ON patients (mobile_rev) WHERE mobile_rev <> '';
CREATE INDEX patients_by_home_rev ON patients (home_rev) WHERE home_rev <> '';

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    summary   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);
