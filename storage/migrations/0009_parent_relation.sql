-- Legal texts that are true: the parent of a minor says who they are before consenting — their full name
-- (persons.guardian_name, already there) and how they are related to the child; the coordinator sees both.
ALTER TABLE persons ADD COLUMN guardian_relation TEXT;   -- mother | father | guardian (законный представитель)
