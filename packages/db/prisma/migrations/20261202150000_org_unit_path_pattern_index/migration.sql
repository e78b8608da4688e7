-- Subtree queries by materialised path (core/src/org-units/subtree-sql.ts) read this index as a
-- byte-wise range: text_pattern_ops works under any collation, on PostgreSQL and PGlite, with no
-- extension. (ltree would need the extension and a column type change; a closure table rows to
-- maintain on every move and import.) Prisma's schema cannot declare a B-tree operator class, so
-- the index lives here only; migrate:new keeps it (new-migration.ts drops no *_pattern_idx index).
CREATE INDEX "org_unit_path_pattern_idx" ON "org_unit" ("county_id", "path" text_pattern_ops);
