import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, OWNER_ROLE } from '../roles';
import { CURRENT_TENANT_SQL, CURRENT_USER_SQL, tenantTableSecurity } from '../rls';

/** Tenants, global users, memberships, invitations, refresh tokens and the audit log. */
export class Identity1764000000000 implements MigrationInterface {
  name = 'Identity1764000000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE EXTENSION IF NOT EXISTS citext`,
      `GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`,

      `CREATE TABLE tenants (
         id uuid PRIMARY KEY,
         name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
         time_zone text NOT NULL DEFAULT 'Asia/Tokyo' CHECK (char_length(time_zone) BETWEEN 1 AND 64),
         default_locale text NOT NULL DEFAULT 'ja' CHECK (default_locale IN ('ja', 'en')),
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,

      `CREATE TABLE users (
         id uuid PRIMARY KEY,
         email citext NOT NULL UNIQUE CHECK (char_length(email) BETWEEN 3 AND 254),
         password_hash text NOT NULL,
         display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 100),
         locale text NOT NULL DEFAULT 'ja' CHECK (locale IN ('ja', 'en')),
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,

      `CREATE TABLE memberships (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         user_id uuid NOT NULL REFERENCES users(id),
         role text NOT NULL CHECK (role IN ('admin', 'consultant', 'client')),
         status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id),
         UNIQUE (tenant_id, user_id)
       )`,
      `CREATE INDEX memberships_user_idx ON memberships (user_id)`,
      `CREATE INDEX memberships_list_idx ON memberships (tenant_id, created_at, id)`,

      `CREATE TABLE invitations (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         email citext NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
         role text NOT NULL CHECK (role IN ('admin', 'consultant', 'client')),
         token_hash bytea NOT NULL UNIQUE,
         invited_by uuid NOT NULL,
         expires_at timestamptz NOT NULL,
         sent_at timestamptz,
         accepted_at timestamptz,
         accepted_membership_id uuid,
         revoked_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, invited_by) REFERENCES memberships(tenant_id, id),
         FOREIGN KEY (tenant_id, accepted_membership_id) REFERENCES memberships(tenant_id, id),
         CHECK (NOT (accepted_at IS NOT NULL AND revoked_at IS NOT NULL))
       )`,
      `CREATE INDEX invitations_list_idx ON invitations (tenant_id, created_at, id)`,

      `CREATE TABLE refresh_tokens (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         family_id uuid NOT NULL,
         membership_id uuid NOT NULL,
         token_hash bytea NOT NULL UNIQUE,
         expires_at timestamptz NOT NULL,
         used_at timestamptz,
         revoked_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, membership_id) REFERENCES memberships(tenant_id, id)
       )`,
      `CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (tenant_id, family_id)`,
      `CREATE INDEX refresh_tokens_membership_idx ON refresh_tokens (tenant_id, membership_id)`,

      `CREATE TABLE audit_events (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         occurred_at timestamptz NOT NULL DEFAULT now(),
         actor_user_id uuid,
         actor_role text NOT NULL CHECK (actor_role IN ('admin', 'consultant', 'client', 'system')),
         action text NOT NULL CHECK (char_length(action) BETWEEN 1 AND 100),
         entity_type text NOT NULL CHECK (char_length(entity_type) BETWEEN 1 AND 50),
         entity_id uuid,
         request_id text,
         summary jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (pg_column_size(summary) <= 16384),
         PRIMARY KEY (tenant_id, id)
       )`,
      `CREATE INDEX audit_events_list_idx ON audit_events (tenant_id, occurred_at DESC, id DESC)`,
      `CREATE INDEX audit_events_entity_idx ON audit_events (tenant_id, entity_type, entity_id, occurred_at DESC)`,
      `CREATE INDEX audit_events_action_idx ON audit_events (tenant_id, action, occurred_at DESC)`,
      `CREATE INDEX audit_events_actor_idx ON audit_events (tenant_id, actor_user_id, occurred_at DESC)`,
      // Append-only even for the owner: the trigger refuses changes; the app role lacks the grants too.
      `CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege'; END $$`,
      `CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
         FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
      `CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
         FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`,

      ...tenantTableSecurity('memberships'),
      // A user sees its own memberships in every tenant, to choose one at login.
      `CREATE POLICY own_memberships ON memberships FOR SELECT USING (user_id = ${CURRENT_USER_SQL})`,
      ...tenantTableSecurity('invitations'),
      ...tenantTableSecurity('refresh_tokens'),
      ...tenantTableSecurity('audit_events', 'SELECT, INSERT'),

      // tenants: the current tenant, and the tenants the current user belongs to.
      `ALTER TABLE tenants ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE tenants FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY current_tenant ON tenants USING (id = ${CURRENT_TENANT_SQL}) WITH CHECK (id = ${CURRENT_TENANT_SQL})`,
      `CREATE POLICY member_tenants ON tenants FOR SELECT USING (id IN (SELECT tenant_id FROM memberships WHERE user_id = ${CURRENT_USER_SQL}))`,
      `GRANT SELECT, INSERT, UPDATE ON tenants TO ${APP_ROLE}`,

      // users are global: a user sees itself and the members of the current tenant.
      `ALTER TABLE users ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE users FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY self ON users USING (id = ${CURRENT_USER_SQL}) WITH CHECK (id = ${CURRENT_USER_SQL})`,
      `CREATE POLICY tenant_members ON users FOR SELECT USING (EXISTS (
         SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.tenant_id = ${CURRENT_TENANT_SQL}))`,
      `GRANT SELECT, INSERT, UPDATE ON users TO ${APP_ROLE}`,

      // The narrow paths before a tenant or user is known (DESIGN.md §3): each returns only
      // what its step needs, never a whole table.
      `CREATE FUNCTION auth_user_by_email(p_email text)
         RETURNS TABLE (id uuid, password_hash text)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
         SELECT u.id, u.password_hash FROM users u WHERE u.email = p_email::citext $$`,
      `CREATE FUNCTION auth_invitation_by_token(p_token_hash bytea)
         RETURNS TABLE (tenant_id uuid, id uuid)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
         SELECT i.tenant_id, i.id FROM invitations i WHERE i.token_hash = p_token_hash $$`,
      // FORCE makes RLS bind the owner too; these owner-only policies let the two definer
      // functions (which run as the owner) read the one row they look up.
      `CREATE POLICY auth_lookup ON users FOR SELECT TO ${OWNER_ROLE} USING (true)`,
      `CREATE POLICY auth_lookup ON invitations FOR SELECT TO ${OWNER_ROLE} USING (true)`,
      `REVOKE ALL ON FUNCTION auth_user_by_email(text) FROM PUBLIC`,
      `REVOKE ALL ON FUNCTION auth_invitation_by_token(bytea) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION auth_user_by_email(text) TO ${APP_ROLE}`,
      `GRANT EXECUTE ON FUNCTION auth_invitation_by_token(bytea) TO ${APP_ROLE}`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of [
      'DROP FUNCTION IF EXISTS auth_invitation_by_token(bytea)',
      'DROP FUNCTION IF EXISTS auth_user_by_email(text)',
      'DROP TABLE IF EXISTS audit_events',
      'DROP FUNCTION IF EXISTS audit_events_append_only()',
      'DROP TABLE IF EXISTS refresh_tokens',
      'DROP TABLE IF EXISTS invitations',
      'DROP TABLE IF EXISTS memberships',
      'DROP TABLE IF EXISTS users',
      'DROP TABLE IF EXISTS tenants',
    ]) {
      await q.query(sql);
    }
  }
}
