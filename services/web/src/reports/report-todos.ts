import { useQuery } from 'urql';
import { FRESH } from '../todo/todo-card';
import { ROLE_SETS } from '@dsr/domain/roles';
import { holdsAny, type ViewerUser } from '../common/viewer';
import { SituationReportDueDocument } from './documents';

interface Todo {
  key: string;
  title: string;
  count: number | undefined;
  hint: string;
  to?: string;
}

/**
 * R22 on the to-do page: the office is reminded of the 1 June / 1 December situation report from 15 days
 * before until one of that date is requested (the server decides).
 */
export function useReportTodos(viewer: ViewerUser): Todo[] {
  const office = holdsAny(viewer, ROLE_SETS.ACTS_FOR_BUREAU);
  const [{ data }] = useQuery({ requestPolicy: FRESH, query: SituationReportDueDocument, pause: !office });
  const due = data?.situationReportDue;
  if (!office || !due) return [];
  return [
    {
      key: 'situation-report',
      title: due.title,
      count: 1,
      hint: due.overdue ? `已过报送日期 ${due.asOf}，请尽快生成并报送` : `应于 ${due.asOf} 前生成并报送（R22）`,
      to: '/reports',
    },
  ];
}
