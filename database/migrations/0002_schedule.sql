-- ClinicDesk schema 2: the appointment book, opening and working hours, blocked time.
-- Times are the clinic's wall clock: starts_at/ends_at 'yyyy-MM-ddTHH:mm' (an end at midnight
-- is the next day's T00:00); hours are 'HH:mm'. Weekdays 1 = Monday .. 7 = Sunday.

CREATE TABLE clinic_hours (
    weekday INTEGER PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7),
    opens   TEXT NOT NULL,
    closes  TEXT NOT NULL CHECK (closes > opens)
);

CREATE TABLE provider_hours (
    provider_id INTEGER NOT NULL REFERENCES providers (id),
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts      TEXT NOT NULL,
    ends        TEXT NOT NULL CHECK (ends > starts),
    PRIMARY KEY (provider_id, weekday)
);

CREATE TABLE blocked_times (
    id             INTEGER PRIMARY KEY,
    provider_id    INTEGER REFERENCES providers (id),
    room_id        INTEGER REFERENCES rooms (id),
    first_date     TEXT NOT NULL,
    last_date      TEXT,
    repeats_weekly INTEGER NOT NULL DEFAULT 0 CHECK (repeats_weekly IN (0, 1)),
    start_time     TEXT NOT NULL,
    end_time       TEXT NOT NULL CHECK (end_time > start_time),
    reason         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX blocked_times_by_first_date ON blocked_times (first_date);

CREATE TABLE appointments (
    id            INTEGER PRIMARY KEY,
    patient_id    INTEGER NOT NULL REFERENCES patients (id),
    provider_id   INTEGER NOT NULL REFERENCES providers (id),
    room_id       INTEGER REFERENCES rooms (id),
    type_id       INTEGER NOT NULL REFERENCES appointment_types (id),
    starts_at     TEXT NOT NULL,
    ends_at       TEXT NOT NULL CHECK (ends_at > starts_at),
    status        TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'confirmed',
                  'arrived', 'in_room', 'completed', 'no_show', 'cancelled')),
    status_reason TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    booked_by     TEXT NOT NULL,
    booked_at     TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX appointments_by_start ON appointments (starts_at);
CREATE INDEX appointments_by_provider_start ON appointments (provider_id, starts_at);
CREATE INDEX appointments_by_room_start ON appointments (room_id, starts_at);
CREATE INDEX appointments_by_patient_start ON appointments (patient_id, starts_at);
