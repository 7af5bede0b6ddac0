import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from '../rls';

/** In-app notifications; seller accounts (clients) and the client users who share them. */
export class Clients1764000100000 implements MigrationInterface {
  name = 'Clients1764000100000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE notifications (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         recipient_membership_id uuid NOT NULL,
         kind text NOT NULL CHECK (char_length(kind) BETWEEN 1 AND 100),
         subject_type text NOT NULL CHECK (char_length(subject_type) BETWEEN 1 AND 50),
         subject_id uuid,
         payload jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (pg_column_size(payload) <= 16384),
         created_at timestamptz NOT NULL,
         read_at timestamptz,
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, recipient_membership_id) REFERENCES memberships(tenant_id, id)
       )`,
      `CREATE INDEX notifications_inbox_idx ON notifications (tenant_id, recipient_membership_id, created_at DESC, id DESC)`,
      `CREATE INDEX notifications_unread_idx ON notifications (tenant_id, recipient_membership_id) WHERE read_at IS NULL`,
      ...tenantTableSecurity('notifications'),

      `CREATE TABLE clients (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         id uuid NOT NULL,
         company_name text NOT NULL CHECK (char_length(company_name) BETWEEN 1 AND 200),
         marketplace text NOT NULL DEFAULT 'amazon.co.jp' CHECK (marketplace ~ '^[a-z0-9.-]{2,40}$'),
         seller_id text CHECK (seller_id ~ '^[A-Z0-9]{8,20}$'),
         store_name text CHECK (char_length(store_name) BETWEEN 1 AND 200),
         uses_fba boolean NOT NULL DEFAULT false,
         preferred_language text NOT NULL DEFAULT 'ja' CHECK (preferred_language IN ('ja', 'en')),
         contact_phone text CHECK (contact_phone ~ '^[0-9+() -]{6,30}$'),
         internal_note text CHECK (char_length(internal_note) <= 5000),
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         version integer NOT NULL DEFAULT 1,
         PRIMARY KEY (tenant_id, id)
       )`,
      `CREATE INDEX clients_list_idx ON clients (tenant_id, created_at, id)`,
      `CREATE INDEX clients_name_idx ON clients (tenant_id, lower(company_name) text_pattern_ops)`,
      `CREATE UNIQUE INDEX clients_seller_idx ON clients (tenant_id, marketplace, seller_id) WHERE seller_id IS NOT NULL`,
      ...tenantTableSecurity('clients'),

      // A client user belongs to one seller account; several users may share one.
      `CREATE TABLE client_users (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         client_id uuid NOT NULL,
         membership_id uuid NOT NULL,
         created_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, client_id, membership_id),
         UNIQUE (tenant_id, membership_id),
         FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id) ON DELETE CASCADE,
         FOREIGN KEY (tenant_id, membership_id) REFERENCES memberships(tenant_id, id)
       )`,
      ...tenantTableSecurity('client_users'),

      // Invitations that will make the invitee a user of a client once accepted.
      `CREATE TABLE client_invitations (
         tenant_id uuid NOT NULL REFERENCES tenants(id),
         invitation_id uuid NOT NULL,
         client_id uuid NOT NULL,
         PRIMARY KEY (tenant_id, invitation_id),
         FOREIGN KEY (tenant_id, invitation_id) REFERENCES invitations(tenant_id, id),
         FOREIGN KEY (tenant_id, client_id) REFERENCES clients(tenant_id, id) ON DELETE CASCADE
       )`,
      `CREATE INDEX client_invitations_client_idx ON client_invitations (tenant_id, client_id)`,
      ...tenantTableSecurity('client_invitations'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['client_invitations', 'client_users', 'clients', 'notifications']) await q.query(`DROP TABLE IF EXISTS ${t}`);
  }
}
