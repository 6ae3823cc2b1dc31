-- Assignment.feedbackMode became the enum FeedbackMode (SQLite keeps enums as text): an enum value cannot hold a hyphen.
UPDATE "Assignment" SET "feedbackMode" = 'after_submit' WHERE "feedbackMode" = 'after-submit';
