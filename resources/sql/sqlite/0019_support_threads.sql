-- Support conversations (SQLite dialect of postgresql/0019_support_threads.sql; keep them in step). The
-- embedded file has no roles, but the thread's rules hold here too: messages never change, a closed request
-- takes none, and the request's state follows its thread.

CREATE TABLE support_messages (
    id           INTEGER PRIMARY KEY,
    request_id   INTEGER NOT NULL REFERENCES support_requests (id) ON DELETE CASCADE,
    author       TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
    author_role  TEXT NOT NULL CHECK (author_role IN ('staff', 'tenant')),
    body         TEXT NOT NULL CHECK (length(trim(body)) BETWEEN 1 AND 10000 AND length(body) <= 10000),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    seen_version INTEGER
);
CREATE INDEX support_messages_request_idx ON support_messages (request_id, created_at, id);

-- The answers given so far become each request's first staff message, at the time they were given.
INSERT INTO support_messages (request_id, author, author_role, body, created_at)
SELECT id, CASE WHEN answered_by = '' THEN 'operator' ELSE answered_by END, 'staff', answer,
       COALESCE(answered_at, updated_at)
FROM support_requests WHERE trim(answer) <> '' ORDER BY id;

-- Written once; only the cascade of a request that no longer exists takes its messages along.
CREATE TRIGGER support_messages_no_update BEFORE UPDATE ON support_messages
BEGIN
    SELECT RAISE(ABORT, 'fusion: a support message cannot be changed or deleted once written');
END;
CREATE TRIGGER support_messages_no_delete BEFORE DELETE ON support_messages
WHEN EXISTS (SELECT 1 FROM support_requests WHERE id = OLD.request_id)
BEGIN
    SELECT RAISE(ABORT, 'fusion: a support message cannot be changed or deleted once written');
END;

-- Nobody writes on a closed request, nor on one that moved since the writer looked.
CREATE TRIGGER support_messages_closed BEFORE INSERT ON support_messages
WHEN (SELECT state FROM support_requests WHERE id = NEW.request_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'fusion: the support request is closed; reopen it before writing on it');
END;
CREATE TRIGGER support_messages_stale BEFORE INSERT ON support_messages
WHEN NEW.seen_version IS NOT NULL
     AND NEW.seen_version IS NOT (SELECT row_version FROM support_requests WHERE id = NEW.request_id)
BEGIN
    SELECT RAISE(ABORT, 'fusion: the support request changed meanwhile; nothing was written. Look again.');
END;

-- The request follows its thread: a staff reply answers it, a tenant admin's reply opens it again.
CREATE TRIGGER support_messages_move AFTER INSERT ON support_messages
BEGIN
    UPDATE support_requests
    SET state = CASE NEW.author_role WHEN 'staff' THEN 'answered' ELSE 'open' END,
        answer = CASE NEW.author_role WHEN 'staff' THEN NEW.body ELSE answer END,
        answered_by = CASE NEW.author_role WHEN 'staff' THEN NEW.author ELSE answered_by END,
        answered_at = CASE NEW.author_role WHEN 'staff' THEN NEW.created_at ELSE answered_at END,
        updated_at = NEW.created_at, row_version = row_version + 1
    WHERE id = NEW.request_id;
END;

-- The answer is the thread's latest staff message and nothing else.
CREATE TRIGGER support_requests_thread_answer BEFORE UPDATE OF answer ON support_requests
WHEN NEW.answer IS NOT OLD.answer
     AND NEW.answer IS NOT (SELECT m.body FROM support_messages m WHERE m.request_id = NEW.id
                            AND m.author_role = 'staff' ORDER BY m.id DESC LIMIT 1)
BEGIN
    SELECT RAISE(ABORT, 'fusion: a support request is answered by a reply in its thread');
END;
