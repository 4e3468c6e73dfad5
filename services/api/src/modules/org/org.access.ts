import type { FilterQuery } from '@mikro-orm/postgresql';
import type { User } from '@dsr/db';
import { seesWholeBureau } from '@dsr/domain';
import type { Principal } from '../../context';

/**
 * Inside the scope the tenancy layers allow, roles decide: coordinators, leaders, legal,
 * oversight and administrators see their whole bureau (and below); department heads and
 * inspectors see their own department.
 */
export function userVisibility(p: Principal): FilterQuery<User> {
  return seesWholeBureau(p.roles) ? {} : { departmentId: p.departmentId };
}
