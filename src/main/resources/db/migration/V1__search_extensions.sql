-- Search (catalog, lessons) will need accent-insensitive and typo-tolerant matching.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
