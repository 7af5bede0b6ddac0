import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from '../rls';

const STATUSES = [
  'intake',
  'triage',
  'drafting',
  'internal_review',
  'client_review',
  'ready_to_submit',
  'submitted',
  'awaiting_reply',
  'more_info_requested',
  'reinstated',
  'rejected',
  'closed',
];
const CATEGORIES = [
  'ip_complaint',
  'authenticity',
  'condition',
  'late_shipment',
  'cancellation',
  'customer_service',
  'pricing',
  'listing_accuracy',
  'review_manipulation',
  'related_accounts',
  'restricted_product',
  'account_security',
  'other',
];
const list = (xs: string[]) => xs.map((x) => `'${x}'`).join(', ');

/** Cases, the notices collected on them, and the case timeline. */
export class Cases1764000200000 implements MigrationInterface {
  name = 'Cases1764000200000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE FUNCTION asins_valid(text[]) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
         $$ SELECT coalesce(bool_and(a ~ '^[A-Z0-9]{10}$'), true) FROM unnest($1) a $$`,

      `CREATE TABLE case_counters (
         tenant_id uuid PRIMARY KEY REFERENCES tenants(id),
         last_number integer NOT NULL
       )`,
      ...tenantTableSecurity('case_counters', 'SELECT, INSERT, UPDATE'),

      `CREATE TABLE cases (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         number integer NOT NULL,
         client_id uuid NOT NULL,
         title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
         description text CHECK (char_length(description) <= 10000),
         internal_note text CHECK (char_length(internal_note) <= 10000),
         marketplace text NOT NULL CHECK (marketplace ~ '^[a-z0-9.-]{2,40}$'),
         severity text CHECK (severity IN ('warning', 'listing_removal', 'suspension', 'deactivation')),
         categories text[] NOT NULL DEFAULT '{}' CHECK (categories <@ ARRAY[${list(CATEGORIES)}]::text[]),
         sender_department text CHECK (sender_department IN ('account_specialist', 'account_health_support', 'technical_support', 'other')),
         asins text[] NOT NULL DEFAULT '{}' CHECK (asins_valid(asins) AND cardinality(asins) <= 500),
         marketplace_deadline timestamptz,
         unsuccessful_appeals integer NOT NULL DEFAULT 0 CHECK (unsuccessful_appeals BETWEEN 0 AND 100),
         appeal_limit integer CHECK (appeal_limit BETWEEN 1 AND 100),
         account_health_rating integer CHECK (account_health_rating BETWEEN 0 AND 1000),
         order_defect_rate numeric(6,3) CHECK (order_defect_rate BETWEEN 0 AND 100),
         cancellation_rate numeric(6,3) CHECK (cancellation_rate BETWEEN 0 AND 100),
         late_shipment_rate numeric(6,3) CHECK (late_shipment_rate BETWEEN 0 AND 100),
         valid_tracking_rate numeric(6,3) CHECK (valid_tracking_rate BETWEEN 0 AND 100),
         status text NOT NULL DEFAULT 'intake' CHECK (status IN (${list(STATUSES)})),
         close_reason text CHECK (close_reason IN ('withdrawn', 'lost', 'duplicate')),
         priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'critical')),
         lead_membership_id uuid,
         opened_by uuid NOT NULL,
         opened_via text NOT NULL CHECK (opened_via IN ('staff', 'portal')),
         intake_confirmed_at timestamptz,
         intake_confirmed_by uuid,
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         version integer NOT NULL DEFAULT 1,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (tenant_id, number),
         FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id),
         FOREIGN KEY (tenant_id, lead_membership_id) REFERENCES memberships(tenant_id, id),
         FOREIGN KEY (tenant_id, opened_by) REFERENCES memberships(tenant_id, id),
         CHECK ((status = 'closed') = (close_reason IS NOT NULL))
       )`,
      `CREATE INDEX cases_list_idx ON cases (tenant_id, created_at DESC, id DESC)`,
      `CREATE INDEX cases_client_idx ON cases (tenant_id, client_id, created_at DESC, id DESC)`,
      `CREATE INDEX cases_status_idx ON cases (tenant_id, status, created_at DESC, id DESC)`,
      `CREATE INDEX cases_categories_idx ON cases USING gin (categories)`,
      ...tenantTableSecurity('cases'),

      `CREATE TABLE notices (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         case_id uuid NOT NULL,
         source text NOT NULL CHECK (source IN ('paste', 'upload')),
         received_at timestamptz NOT NULL,
         subject text CHECK (char_length(subject) <= 500),
         from_address text CHECK (char_length(from_address) <= 320),
         body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 200000),
         document_id uuid,
         reading jsonb NOT NULL,
         reader_version integer NOT NULL,
         confirmed_at timestamptz,
         confirmed_by uuid,
         created_by uuid NOT NULL,
         created_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
         FOREIGN KEY (tenant_id, created_by) REFERENCES memberships(tenant_id, id)
       )`,
      `CREATE INDEX notices_case_idx ON notices (tenant_id, case_id, received_at, id)`,
      ...tenantTableSecurity('notices'),

      // The timeline: one ordered feed per case; internal items are hidden from client users.
      `CREATE TABLE case_events (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         case_id uuid NOT NULL,
         occurred_at timestamptz NOT NULL,
         kind text NOT NULL CHECK (char_length(kind) BETWEEN 1 AND 100),
         actor_membership_id uuid,
         internal boolean NOT NULL DEFAULT false,
         payload jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (pg_column_size(payload) <= 16384),
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id)
       )`,
      `CREATE INDEX case_events_timeline_idx ON case_events (tenant_id, case_id, occurred_at, id)`,
      ...tenantTableSecurity('case_events', 'SELECT, INSERT'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['case_events', 'notices', 'cases', 'case_counters']) await q.query(`DROP TABLE IF EXISTS ${t}`);
    await q.query('DROP FUNCTION IF EXISTS asins_valid(text[])');
  }
}
