import { Migration } from '@mikro-orm/migrations';
import { foundationUp } from './0001-foundation.sql';

/** Migrations are listed here, not discovered from files, so they run the same from src and dist. */
export class Migration0001Foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(foundationUp);
  }
  override isTransactional(): boolean {
    return true;
  }
}

export const migrationsList = [{ name: '0001-foundation', class: Migration0001Foundation }];
