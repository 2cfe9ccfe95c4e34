/**
 * The committed migrations, in order: each one SQL file under src/migrations. Read by the
 * migrator (index.ts) and, without loading the migrator, by the readiness check.
 */
export const migrationFiles: readonly { name: string; file: string }[] = [
  { name: "Migration20261126000000SchemaV1", file: "schema-v1.sql" },
  { name: "Migration20261127000000SchemaV2Exports", file: "schema-v2-exports.sql" },
  { name: "Migration20261127010000SchemaV3Ordering", file: "schema-v3-ordering.sql" },
  { name: "Migration20261127020000SchemaV4Search", file: "schema-v4-search.sql" },
  { name: "Migration20261201000000SchemaV5Trust", file: "schema-v5-trust.sql" },
  { name: "Migration20261201010000SchemaV6RecoveryEmailLimits", file: "schema-v6-recovery-email-limits.sql" },
  { name: "Migration20261201020000SchemaV7Sessions", file: "schema-v7-sessions.sql" },
  { name: "Migration20261202000000SchemaV8Applications", file: "schema-v8-applications.sql" },
  { name: "Migration20261203000000SchemaV9OAuth", file: "schema-v9-oauth.sql" },
  { name: "Migration20261203010000SchemaV10Operations", file: "schema-v10-operations.sql" },
  { name: "Migration20261204000000SchemaV11ListPages", file: "schema-v11-list-pages.sql" },
  { name: "Migration20261204010000SchemaV12Search", file: "schema-v12-search.sql" },
  { name: "Migration20261205000000SchemaV13Mfa", file: "schema-v13-mfa.sql" },
  { name: "Migration20261205010000SchemaV14Invitations", file: "schema-v14-invitations.sql" },
  { name: "Migration20261205020000SchemaV15Stats", file: "schema-v15-stats.sql" },
  { name: "Migration20261206000000SchemaV16MailRecipient", file: "schema-v16-mail-recipient.sql" },
  { name: "Migration20261208000000SchemaV17VouchedGrants", file: "schema-v17-vouched-grants.sql" },
];
