-- Written by hand: the schema cannot say a partial index with INCLUDE (see the comment at the Structure model).

-- The public directory in page order (raison sociale, then identifier), with what a search filters on and shows.
-- A search matching more than 1000 active public structures walks it and stops once its page is full, reading
-- neither the table nor all of its matches.
CREATE INDEX "structures_directory_order_idx" ON "structures" ("raison_sociale", "identifier") INCLUDE ("search_text", "id", "code_postal", "ville") WHERE "kind" = 'PUBLIQUE' AND "status" = 'ACTIF';
