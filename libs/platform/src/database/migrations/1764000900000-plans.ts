import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from '../rls';

/**
 * Plans of action: one plan per case, immutable revisions, review threads, the client's approval,
 * submission rounds and the tenant's plan-check settings.
 *
 * Immutability is granted, not promised: the app role may INSERT revisions and rounds but UPDATE
 * only the columns that record later facts (a revision being shared with the client, a round's
 * reply). The text that was sent can never be edited in place.
 */
export class Plans1764000900000 implements MigrationInterface {
  name = 'Plans1764000900000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE plan_templates (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
         language text NOT NULL CHECK (language IN ('ja', 'en')),
         category text,
         sections jsonb NOT NULL CHECK (jsonb_typeof(sections) = 'array'),
         created_by uuid NOT NULL,
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         version integer NOT NULL DEFAULT 1,
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, created_by) REFERENCES memberships(tenant_id, id)
       )`,
      `CREATE UNIQUE INDEX plan_templates_name_key ON plan_templates (tenant_id, language, lower(name))`,
      `CREATE INDEX plan_templates_category_idx ON plan_templates (tenant_id, category, language, created_at, id)`,
      ...tenantTableSecurity('plan_templates'),

      `CREATE TABLE plans (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         case_id uuid NOT NULL,
         language text NOT NULL CHECK (language IN ('ja', 'en')),
         head_revision integer NOT NULL CHECK (head_revision >= 1),
         template_id uuid,
         created_by uuid NOT NULL,
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (tenant_id, case_id),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
         FOREIGN KEY (tenant_id, created_by) REFERENCES memberships(tenant_id, id)
       )`,
      ...tenantTableSecurity('plans', 'SELECT, INSERT, UPDATE'),

      `CREATE TABLE plan_revisions (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         plan_id uuid NOT NULL,
         case_id uuid NOT NULL,
         number integer NOT NULL CHECK (number >= 1),
         based_on integer CHECK (based_on >= 1 AND based_on < number),
         origin text NOT NULL CHECK (origin IN ('template', 'edit', 'suggestion', 'next_round')),
         sections jsonb NOT NULL CHECK (jsonb_typeof(sections) = 'array'),
         note text CHECK (char_length(note) <= 1000),
         findings jsonb NOT NULL DEFAULT '[]',
         blockers integer NOT NULL DEFAULT 0,
         warnings integer NOT NULL DEFAULT 0,
         author_membership_id uuid NOT NULL,
         created_at timestamptz NOT NULL,
         shared_at timestamptz,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (tenant_id, plan_id, number),
         FOREIGN KEY (tenant_id, plan_id) REFERENCES plans(tenant_id, id),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
         FOREIGN KEY (tenant_id, author_membership_id) REFERENCES memberships(tenant_id, id)
       )`,
      `CREATE INDEX plan_revisions_plan_idx ON plan_revisions (tenant_id, plan_id, created_at, id)`,
      ...tenantTableSecurity('plan_revisions', 'SELECT, INSERT, UPDATE (shared_at)'),

      `CREATE TABLE plan_reviews (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         plan_id uuid NOT NULL,
         case_id uuid NOT NULL,
         revision_number integer NOT NULL,
         message text CHECK (char_length(message) <= 2000),
         requested_by uuid NOT NULL,
         requested_at timestamptz NOT NULL,
         decision text CHECK (decision IN ('approved', 'changes_requested', 'superseded')),
         comment text CHECK (char_length(comment) <= 5000),
         decided_by uuid,
         decided_at timestamptz,
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, plan_id, revision_number) REFERENCES plan_revisions(tenant_id, plan_id, number),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
         FOREIGN KEY (tenant_id, requested_by) REFERENCES memberships(tenant_id, id),
         FOREIGN KEY (tenant_id, decided_by) REFERENCES memberships(tenant_id, id),
         CHECK ((decision IS NULL) = (decided_at IS NULL))
       )`,
      // At most one review waits for the client at a time.
      `CREATE UNIQUE INDEX plan_reviews_one_pending ON plan_reviews (tenant_id, plan_id) WHERE decision IS NULL`,
      `CREATE INDEX plan_reviews_plan_idx ON plan_reviews (tenant_id, plan_id, requested_at, id)`,
      ...tenantTableSecurity('plan_reviews', 'SELECT, INSERT, UPDATE (decision, comment, decided_by, decided_at)'),

      `CREATE TABLE plan_comment_threads (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         plan_id uuid NOT NULL,
         case_id uuid NOT NULL,
         revision_number integer NOT NULL,
         anchor jsonb NOT NULL,
         visibility text NOT NULL CHECK (visibility IN ('internal', 'shared')),
         status text NOT NULL CHECK (status IN ('open', 'resolved')),
         suggestion text CHECK (char_length(suggestion) <= 20000),
         suggestion_state text CHECK (suggestion_state IN ('pending', 'accepted', 'rejected')),
         suggestion_revision integer,
         created_by uuid NOT NULL,
         created_at timestamptz NOT NULL,
         resolved_by uuid,
         resolved_at timestamptz,
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, plan_id, revision_number) REFERENCES plan_revisions(tenant_id, plan_id, number),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
         FOREIGN KEY (tenant_id, created_by) REFERENCES memberships(tenant_id, id),
         FOREIGN KEY (tenant_id, resolved_by) REFERENCES memberships(tenant_id, id),
         CHECK ((suggestion IS NULL) = (suggestion_state IS NULL))
       )`,
      `CREATE INDEX plan_comment_threads_plan_idx ON plan_comment_threads (tenant_id, plan_id, created_at, id)`,
      // The quote and the suggestion are what the reviewer wrote: only the thread's state moves.
      ...tenantTableSecurity('plan_comment_threads', 'SELECT, INSERT, UPDATE (status, suggestion_state, suggestion_revision, resolved_by, resolved_at, updated_at)'),

      `CREATE TABLE plan_comments (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         thread_id uuid NOT NULL,
         author_membership_id uuid NOT NULL,
         body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 10000),
         created_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, thread_id) REFERENCES plan_comment_threads(tenant_id, id),
         FOREIGN KEY (tenant_id, author_membership_id) REFERENCES memberships(tenant_id, id)
       )`,
      `CREATE INDEX plan_comments_thread_idx ON plan_comments (tenant_id, thread_id, created_at, id)`,
      ...tenantTableSecurity('plan_comments', 'SELECT, INSERT'),

      `CREATE TABLE submission_rounds (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         plan_id uuid NOT NULL,
         case_id uuid NOT NULL,
         number integer NOT NULL CHECK (number >= 1),
         revision_number integer NOT NULL,
         documents jsonb NOT NULL DEFAULT '[]',
         findings jsonb NOT NULL DEFAULT '[]',
         approval_review_id uuid,
         approval_override_reason text CHECK (char_length(approval_override_reason) BETWEEN 1 AND 2000),
         check_override_reason text CHECK (char_length(check_override_reason) BETWEEN 1 AND 2000),
         submitted_by uuid NOT NULL,
         submitted_at timestamptz NOT NULL,
         outcome text CHECK (outcome IN ('reinstated', 'rejected', 'more_info_requested', 'no_reply')),
         reply_notice_id uuid,
         reply_received_at timestamptz,
         reply_recorded_by uuid,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (tenant_id, case_id, number),
         FOREIGN KEY (tenant_id, plan_id, revision_number) REFERENCES plan_revisions(tenant_id, plan_id, number),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases(tenant_id, id),
         FOREIGN KEY (tenant_id, approval_review_id) REFERENCES plan_reviews(tenant_id, id),
         FOREIGN KEY (tenant_id, reply_notice_id) REFERENCES notices(tenant_id, id),
         FOREIGN KEY (tenant_id, submitted_by) REFERENCES memberships(tenant_id, id),
         FOREIGN KEY (tenant_id, reply_recorded_by) REFERENCES memberships(tenant_id, id),
         CHECK (approval_review_id IS NOT NULL OR approval_override_reason IS NOT NULL)
       )`,
      ...tenantTableSecurity('submission_rounds', 'SELECT, INSERT, UPDATE (outcome, reply_notice_id, reply_received_at, reply_recorded_by)'),

      `CREATE TABLE plan_check_settings (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         rule_id text NOT NULL CHECK (char_length(rule_id) <= 100),
         severity text CHECK (severity IN ('blocker', 'warning', 'hint')),
         enabled boolean NOT NULL DEFAULT true,
         updated_by uuid NOT NULL,
         updated_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, rule_id),
         FOREIGN KEY (tenant_id, updated_by) REFERENCES memberships(tenant_id, id)
       )`,
      ...tenantTableSecurity('plan_check_settings'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['plan_check_settings', 'submission_rounds', 'plan_comments', 'plan_comment_threads', 'plan_reviews', 'plan_revisions', 'plans', 'plan_templates']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
