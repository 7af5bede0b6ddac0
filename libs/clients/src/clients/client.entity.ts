import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A seller business served by the consultancy. */
@Entity('clients')
export class Client {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'company_name' })
  companyName: string;

  @Column('text')
  marketplace: string;

  @Column('text', { name: 'seller_id', nullable: true })
  sellerId: string | null;

  @Column('text', { name: 'store_name', nullable: true })
  storeName: string | null;

  @Column('boolean', { name: 'uses_fba' })
  usesFba: boolean;

  @Column('text', { name: 'preferred_language' })
  preferredLanguage: 'ja' | 'en';

  @Column('text', { name: 'contact_phone', nullable: true })
  contactPhone: string | null;

  /** Staff only: never shown to client users. */
  @Column('text', { name: 'internal_note', nullable: true })
  internalNote: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  @Column('integer')
  version: number;
}
