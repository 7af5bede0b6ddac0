import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A consultancy: the unit of isolation. */
@Entity('tenants')
export class Tenant {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'time_zone' })
  timeZone: string;

  @Column('text', { name: 'default_locale' })
  defaultLocale: 'ja' | 'en';

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
