-- Full-text index of Statement.searchText for the timeline's `q` filter (lib/statements/search.ts).
-- Not in prisma/schema.prisma, which cannot describe it; see docs/decisions/0009-fast-queries-at-scale.md.
-- The trigram tokenizer indexes every three-character sequence, so a phrase query finds any
-- substring of at least three characters, which is what `q` has always matched. The index keeps no
-- copy of the text (external content: it reads Statement by rowid) and triggers keep it in step with
-- every insert, update and delete. A later migration that redefines the Statement table drops
-- these triggers and renumbers rowids: it must recreate the triggers and rebuild the index.

-- CreateVirtualTable
CREATE VIRTUAL TABLE "StatementSearch" USING fts5("searchText", content='Statement', content_rowid='rowid', tokenize='trigram');

-- IndexExistingRows
INSERT INTO "StatementSearch"("StatementSearch") VALUES ('rebuild');

-- CreateTrigger
CREATE TRIGGER "Statement_search_insert" AFTER INSERT ON "Statement" BEGIN
  INSERT INTO "StatementSearch"(rowid, "searchText") VALUES (new.rowid, new."searchText");
END;

-- CreateTrigger
CREATE TRIGGER "Statement_search_delete" AFTER DELETE ON "Statement" BEGIN
  INSERT INTO "StatementSearch"("StatementSearch", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText");
END;

-- CreateTrigger
CREATE TRIGGER "Statement_search_update" AFTER UPDATE OF "searchText" ON "Statement" BEGIN
  INSERT INTO "StatementSearch"("StatementSearch", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText");
  INSERT INTO "StatementSearch"(rowid, "searchText") VALUES (new.rowid, new."searchText");
END;
