-- Trigram index on Statement.searchText for the timeline's `q` filter: PostgreSQL answers
-- LIKE '%word%' from it directly, so the query stays the portable `contains`.
-- Needs the pg_trgm extension (shipped with PostgreSQL; CREATE EXTENSION needs a superuser or, from
-- PostgreSQL 13, the database owner since pg_trgm is a trusted extension).
-- Not in prisma/schema.prisma; see docs/decisions/0009-fast-queries-at-scale.md.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Statement_searchText_trgm_idx" ON "Statement" USING GIN ("searchText" gin_trgm_ops);
