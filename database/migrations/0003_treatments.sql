-- ClinicDesk schema 3: Botox treatment records and retreatment tracking, payers, prior
-- authorizations, drug sourcing, contact attempts, the headache diary and the waitlist.
-- Dates are ISO yyyy-MM-dd text, months yyyy-MM, times yyyy-MM-ddTHH:mm:ss.

-- Payers and the one payer-dependent number of the retreatment rule. A NULL minimum means the
-- clinic's default (the setting retreatment.defaultMinimumDays).
CREATE TABLE payers (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    name_key     TEXT NOT NULL UNIQUE, -- folded, for case-insensitive matching
    minimum_days INTEGER CHECK (minimum_days IS NULL OR minimum_days BETWEEN 1 AND 365),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order   INTEGER NOT NULL DEFAULT 0
);

-- One row per Botox treatment given (from a completed appointment, or brought from paper).
CREATE TABLE treatments (
    id              INTEGER PRIMARY KEY,
    patient_id      INTEGER NOT NULL REFERENCES patients (id),
    appointment_id  INTEGER UNIQUE REFERENCES appointments (id),
    treated_on      TEXT NOT NULL,
    provider_id     INTEGER REFERENCES providers (id),
    diagnosis_code  TEXT NOT NULL DEFAULT '',
    product         TEXT NOT NULL DEFAULT '',
    ndc             TEXT NOT NULL DEFAULT '',
    vial_units      INTEGER NOT NULL DEFAULT 200 CHECK (vial_units IN (100, 200)),
    vial_count      INTEGER NOT NULL DEFAULT 1 CHECK (vial_count BETWEEN 1 AND 10),
    lot_number      TEXT NOT NULL DEFAULT '',
    lot_expiry      TEXT,
    units_given     INTEGER NOT NULL CHECK (units_given BETWEEN 1 AND 600),
    units_discarded INTEGER NOT NULL DEFAULT 0 CHECK (units_discarded >= 0),
    consent_signed  INTEGER NOT NULL DEFAULT 0 CHECK (consent_signed IN (0, 1)),
    notes           TEXT NOT NULL DEFAULT '',
    recorded_by     TEXT NOT NULL,
    recorded_at     TEXT NOT NULL
);
CREATE INDEX treatments_by_patient_date ON treatments (patient_id, treated_on);
CREATE INDEX treatments_by_date ON treatments (treated_on);

-- Injection areas of a treatment: the PREEMPT rows and follow-the-pain additions.
CREATE TABLE treatment_areas (
    treatment_id INTEGER NOT NULL REFERENCES treatments (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    area         TEXT NOT NULL,          -- 'frontalis', 'corrugator', ... (see Core::InjectionArea)
    sites        INTEGER NOT NULL CHECK (sites BETWEEN 0 AND 40),
    units        INTEGER NOT NULL CHECK (units BETWEEN 0 AND 400),
    additional   INTEGER NOT NULL DEFAULT 0 CHECK (additional IN (0, 1)), -- follow-the-pain
    PRIMARY KEY (treatment_id, position)
);

CREATE TABLE adverse_events (
    id           INTEGER PRIMARY KEY,
    treatment_id INTEGER NOT NULL REFERENCES treatments (id) ON DELETE CASCADE,
    code         TEXT NOT NULL,          -- 'injection_site_pain', 'neck_pain', 'ptosis', ...
    onset_on     TEXT,
    notes        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX adverse_events_by_treatment ON adverse_events (treatment_id);

-- One row per patient on (or off) the treatment course: a summary of `treatments` kept in the
-- same write transaction, so the retreatment board reads one row per patient instead of the
-- whole history, and where a patient's discontinuation is recorded.
CREATE TABLE treatment_courses (
    patient_id          INTEGER PRIMARY KEY REFERENCES patients (id),
    first_treated_on    TEXT,
    last_treated_on     TEXT,
    cycles              INTEGER NOT NULL DEFAULT 0,
    last_provider_id    INTEGER REFERENCES providers (id),
    discontinued_on     TEXT,
    discontinued_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX treatment_courses_by_last ON treatment_courses (last_treated_on);

-- Prior authorizations. Visits used are counted from treatments, not stored.
CREATE TABLE authorizations (
    id              INTEGER PRIMARY KEY,
    patient_id      INTEGER NOT NULL REFERENCES patients (id),
    payer           TEXT NOT NULL,
    number          TEXT NOT NULL,
    covers          TEXT NOT NULL DEFAULT 'both' CHECK (covers IN ('drug', 'procedure', 'both')),
    valid_from      TEXT NOT NULL,
    valid_to        TEXT NOT NULL CHECK (valid_to >= valid_from),
    approved_units  INTEGER CHECK (approved_units IS NULL OR approved_units > 0),
    approved_visits INTEGER CHECK (approved_visits IS NULL OR approved_visits > 0),
    notes           TEXT NOT NULL DEFAULT '',
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX authorizations_by_patient ON authorizations (patient_id, valid_to);
CREATE INDEX authorizations_by_valid_to ON authorizations (valid_to);

-- Where the drug for a treatment appointment comes from.
CREATE TABLE drug_supplies (
    appointment_id INTEGER PRIMARY KEY REFERENCES appointments (id),
    source         TEXT NOT NULL CHECK (source IN ('clinic_stock', 'specialty_pharmacy')),
    pharmacy       TEXT NOT NULL DEFAULT '',
    ordered_on     TEXT,
    shipped_on     TEXT,
    received_on    TEXT
);

-- Calls and messages to patients about their next treatment.
CREATE TABLE contact_attempts (
    id           INTEGER PRIMARY KEY,
    patient_id   INTEGER NOT NULL REFERENCES patients (id),
    contacted_at TEXT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('voicemail', 'spoke', 'booked', 'declined',
                 'wrong_number', 'no_answer')),
    note         TEXT NOT NULL DEFAULT '',
    contacted_by TEXT NOT NULL
);
CREATE INDEX contact_attempts_by_patient ON contact_attempts (patient_id, contacted_at);
CREATE INDEX contact_attempts_by_time ON contact_attempts (contacted_at);

-- Headache diary: one row per patient and month. The baseline is the row marked so (or, when
-- none is, the last month before cycle 1).
CREATE TABLE headache_diary (
    patient_id    INTEGER NOT NULL REFERENCES patients (id),
    month         TEXT NOT NULL,
    headache_days INTEGER NOT NULL CHECK (headache_days BETWEEN 0 AND 31),
    migraine_days INTEGER NOT NULL CHECK (migraine_days BETWEEN 0 AND 31),
    hours_per_day REAL CHECK (hours_per_day IS NULL OR hours_per_day BETWEEN 0 AND 24),
    is_baseline   INTEGER NOT NULL DEFAULT 0 CHECK (is_baseline IN (0, 1)),
    PRIMARY KEY (patient_id, month)
);

-- Patients who would take an earlier slot. Weekdays: a set of digits 1 (Monday) .. 7.
CREATE TABLE waitlist (
    id            INTEGER PRIMARY KEY,
    patient_id    INTEGER NOT NULL REFERENCES patients (id),
    type_id       INTEGER REFERENCES appointment_types (id),
    provider_id   INTEGER REFERENCES providers (id),
    weekdays      TEXT NOT NULL DEFAULT '12345',
    earliest_time TEXT NOT NULL DEFAULT '08:00',
    latest_time   TEXT NOT NULL DEFAULT '17:00',
    notes         TEXT NOT NULL DEFAULT '',
    added_by      TEXT NOT NULL,
    added_at      TEXT NOT NULL,
    closed_at     TEXT
);
CREATE INDEX waitlist_open ON waitlist (closed_at, patient_id);

-- A Botox booking before the earliest allowed date keeps the reason it was allowed.
ALTER TABLE appointments ADD COLUMN override_reason TEXT NOT NULL DEFAULT '';
