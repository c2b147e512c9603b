-- Written by hand rather than as Prisma's table rebuild: ADD COLUMN keeps every row and trigger in place.

-- The programme's short name in addresses (?programme=36a). SQLite needs a default to add a NOT NULL
-- column; existing programmes take their id, which is unique, until someone gives them a slug.
ALTER TABLE "Programme" ADD COLUMN "slug" TEXT NOT NULL DEFAULT '';
UPDATE "Programme" SET "slug" = "id";
CREATE UNIQUE INDEX "Programme_slug_key" ON "Programme"("slug");

-- Folded text for diacritic-insensitive search. SQL cannot strip Vietnamese diacritics, so rows that
-- exist now get their lower-cased text; npm run db:migrate then folds them (scripts/refold-search-text.ts).
ALTER TABLE "Agency" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';
UPDATE "Agency" SET "searchText" = lower("code" || ' ' || "name" || ' ' || "shortName" || ' ' || "nameEn");
ALTER TABLE "Task" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';
UPDATE "Task" SET "searchText" = lower("code" || ' ' || "title" || ' ' || coalesce("description", ''));
