import { Injectable } from '@nestjs/common';
import { TenantDb } from '@reinstate/platform';
import { User } from './user.entity';

@Injectable()
export class UserRepository {
  constructor(private readonly db: TenantDb) {}

  async insert(user: User): Promise<void> {
    await this.db.manager().insert(User, user);
  }

  /** Visible under RLS only to the user itself (app.user_id) or to the user's tenants. */
  async findById(id: string): Promise<User | null> {
    const rows = await this.db.selectAs(User, { text: `SELECT ${this.db.rowsOf(User).columns('u')} FROM users u WHERE u.id = $1`, values: [id] });
    return rows[0] ?? null;
  }

  /** The pre-tenant look-up for sign-in, through the SECURITY DEFINER function. */
  async credentialsByEmail(email: string): Promise<{ id: string; passwordHash: string } | null> {
    const rows: { id: string; password_hash: string }[] = await this.db
      .manager()
      .query('SELECT id, password_hash FROM auth_user_by_email($1)', [email]);
    const row = rows[0];
    return row ? { id: row.id, passwordHash: row.password_hash } : null;
  }
}
