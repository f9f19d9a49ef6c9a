-- Columns the app keeps beyond the interchange keys of spec/interchange.md. Each is named as the
-- x_ key it travels under in an export (other tools ignore x_ keys; Waymark reads them back), so
-- an export moved to another Waymark keeps them.
-- A case note is never edited after the day it was written: a correction is a new note that
-- points at the one it corrects.
ALTER TABLE notes ADD COLUMN x_corrects_note_id TEXT;
-- A referral keeps the answers to the eligibility questions of the floating support
-- specification (T 4.1) that its other fields do not hold.
ALTER TABLE referrals ADD COLUMN x_lives_in_area INTEGER;
ALTER TABLE referrals ADD COLUMN x_willing_to_engage INTEGER;
-- A complaint says who made it, and a serious one the date it was sent to the commissioner's
-- authorised officer (C 12), which must be at once.
ALTER TABLE complaints ADD COLUMN x_complainant TEXT;
ALTER TABLE complaints ADD COLUMN x_sent_to_commissioner_on TEXT;
