-- Version 2 adds a column.
ALTER TABLE things ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue';
