-- Hand-written. The forecast is stored with the verdict, so today's KPI page and export read it
-- instead of running the forecast over every value on each request (issue 16). It is wrapped,
-- { "forecast": <forecast or null> }, because a series with too few values has no forecast: the
-- wrapper holds that null, and a NULL column means "never stored". Existing rows stay NULL; reads
-- compute their forecast, and refreshMissingStoredVerdicts (run at start) stores it once.
ALTER TABLE "series_status" ADD COLUMN "forecast" JSONB;
