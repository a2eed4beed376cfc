-- The data version cached reads are keyed by (docs/performance.md, "Versioned responses"): it
-- moves in the same transaction as every write to the data, at its commit.

-- CreateTable
CREATE TABLE "data_version" (
    "scope" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("scope")
);

-- CreateTable
CREATE TABLE "data_version_pending" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "data_version_pending_pkey" PRIMARY KEY ("id")
);

INSERT INTO "data_version" ("scope", "version") VALUES ('all', 1);

-- A write statement marks its transaction once (a transaction-local setting and one row in
-- data_version_pending); nothing is locked yet, so writers do not wait on each other here.
CREATE FUNCTION "mark_data_changed_now"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('boordtabel.data_changed', true) IS DISTINCT FROM 'yes' THEN
    PERFORM set_config('boordtabel.data_changed', 'yes', true);
    INSERT INTO "data_version_pending" DEFAULT VALUES;
  END IF;
END $$;

CREATE FUNCTION "mark_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "mark_data_changed_now"();
  RETURN NULL;
END $$;

-- At commit (deferred), the marked transaction moves the version: the version row is locked
-- only for the last moment of a writing transaction, after every lock the write took (no
-- deadlock), and never by a transaction that rolls back.
CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_version" SET "version" = "version" + 1, "changed_at" = now() WHERE "scope" = 'all';
  DELETE FROM "data_version_pending" WHERE "id" = NEW."id";
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "data_version_pending_bumps"
  AFTER INSERT ON "data_version_pending"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();

-- Every table whose rows a read can answer with. Sign-in bookkeeping (sessions, accounts,
-- verifications, rate limits, API tokens' last use) is left out: no cached answer holds it.
-- Tables added later are covered through audit_log (every write is audited), or add them here.
DO $$
DECLARE t record;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables
            WHERE schemaname = current_schema()
              AND tablename NOT IN ('data_version', 'data_version_pending', '_prisma_migrations',
                                    'session', 'account', 'verification', 'rate_limit', 'api_token')
  LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "mark_data_changed"()',
      t.tablename || '_marks_data_changed', t.tablename);
  END LOOP;
END $$;
