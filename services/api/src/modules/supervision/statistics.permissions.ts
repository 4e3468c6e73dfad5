import { allowedBy } from '../../common/rules';
import { STATISTICS_PERMISSIONS as S } from './statistics.access';

/** Who may call each root field of the statistics part of the supervision module. */
export const statisticsPermissions = {
  Query: {
    statistics: allowedBy(S, 'statistics'),
  },
};
