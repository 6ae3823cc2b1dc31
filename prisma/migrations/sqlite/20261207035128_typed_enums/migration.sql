-- Enums are TEXT on SQLite, so the columns stay as they are: only a value an enum cannot hold changes.
UPDATE "LtiTicket" SET "kind" = 'deep_link' WHERE "kind" = 'deep-link';
