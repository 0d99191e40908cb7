-- Owner data changes, told to every app instance (issue 15): a row of an owner's data inserted,
-- changed or deleted sends the owner's id on the channel `pm_owner_data` once the transaction
-- commits (NOTIFY is delivered at commit, once per distinct payload, and never for a rollback).
-- The signed-in page cache (lib/page-cache.ts) drops that owner's pages when it hears it, whoever
-- made the change: a page, the API, a job or a webhook. A row whose owner cannot be found (its
-- parent already gone) sends an empty payload: every instance drops every page.
--
-- Each table's trigger names the column that leads to the owner: the owner's id itself, or the
-- site, domain, zone or batch it belongs to. Tables no signed-in page shows have none:
-- _prisma_migrations, VerificationToken, RateLimitWindow, PublishedFile (written only with its
-- version, whose row notifies), StoredObject, TextEmbedding, AcmeAccount, AcmeChallenge and
-- IdempotencyKey. lib/page-cache.test.ts fails when a table has neither a trigger nor a place in
-- that list.
CREATE FUNCTION pm_owner_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
  ref text;
  owner text;
BEGIN
  FOR i IN 1..(CASE WHEN TG_OP = 'UPDATE' THEN 2 ELSE 1 END) LOOP
    IF TG_OP = 'DELETE' OR i = 2 THEN r := OLD; ELSE r := NEW; END IF;
    CASE TG_ARGV[0]
      WHEN 'id' THEN ref := r."id";
      WHEN 'ownerId' THEN ref := r."ownerId";
      WHEN 'userId' THEN ref := r."userId";
      WHEN 'siteId' THEN ref := r."siteId";
      WHEN 'domainId' THEN ref := r."domainId";
      WHEN 'zoneId' THEN ref := r."zoneId";
      WHEN 'batchId' THEN ref := r."batchId";
    END CASE;
    owner := CASE TG_ARGV[0]
      WHEN 'siteId' THEN (SELECT "ownerId" FROM "Site" WHERE "id" = ref)
      WHEN 'domainId' THEN (SELECT "ownerId" FROM "Domain" WHERE "id" = ref)
      WHEN 'zoneId' THEN (SELECT "ownerId" FROM "DNSZone" WHERE "id" = ref)
      WHEN 'batchId' THEN (SELECT "ownerId" FROM "GenerationBatch" WHERE "id" = ref)
      ELSE ref
    END;
    PERFORM pg_notify('pm_owner_data', coalesce(owner, ''));
  END LOOP;
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t text[];
BEGIN
  FOREACH t SLICE 1 IN ARRAY ARRAY[
    ['User', 'id'],
    ['Account', 'userId'],
    ['UserSession', 'userId'],
    ['RecoveryCode', 'userId'],
    ['AuditLog', 'userId'],
    ['Site', 'ownerId'],
    ['SiteVersion', 'siteId'],
    ['Lead', 'siteId'],
    ['PageViewDay', 'siteId'],
    ['Generation', 'userId'],
    ['CreditReservation', 'userId'],
    ['SiteAsset', 'ownerId'],
    ['BillingCustomer', 'userId'],
    ['Subscription', 'userId'],
    ['Invoice', 'userId'],
    ['PaymentMethod', 'userId'],
    ['UsageRecord', 'userId'],
    ['BillingEvent', 'userId'],
    ['Domain', 'ownerId'],
    ['DomainSettings', 'domainId'],
    ['Subdomain', 'siteId'],
    ['DNSZone', 'ownerId'],
    ['DNSRecord', 'zoneId'],
    ['CertificateInfo', 'domainId'],
    ['DomainRegistration', 'ownerId'],
    ['AccountExport', 'userId'],
    ['ApiKey', 'ownerId'],
    ['Build', 'ownerId'],
    ['GenerationBatch', 'ownerId'],
    ['GenerationBatchItem', 'batchId'],
    ['GenerationBatchEvent', 'batchId']
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER pm_owner_data AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION pm_owner_data_changed(%L)',
      t[1], t[2]
    );
  END LOOP;
END
$$;
