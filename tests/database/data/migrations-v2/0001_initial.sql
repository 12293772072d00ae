-- A two-step schema for the migrator's upgrade test.
CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO things (name) VALUES ('kept; across the upgrade');
