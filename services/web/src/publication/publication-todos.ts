import { useQuery } from 'urql';
import { FRESH } from '../todo/todo-card';
import { ROLE_SETS } from '@dsr/domain/roles';
import { holdsAny, type ViewerUser } from '../common/viewer';
import { PublicationTodoDocument } from './documents';

interface Todo {
  key: string;
  title: string;
  count: number | undefined;
  hint: string;
  to?: string;
}

/** Who sees the publication cards: those who prepare, those who may approve, those who watch the bureau. */
const FOLLOWS_PUBLICATION = [...ROLE_SETS.MAINTAINS_DIRECTORIES, ...ROLE_SETS.OVERSEES, 'LEGAL_REVIEWER'] as const;

/** R47/R48 on the to-do page: publications due, overdue, and those awaiting the viewer's approval (never their own). */
export function usePublicationTodos(viewer: ViewerUser): Todo[] {
  const follows = holdsAny(viewer, FOLLOWS_PUBLICATION);
  const [{ data }] = useQuery({ requestPolicy: FRESH, query: PublicationTodoDocument, pause: !follows });
  if (!follows) return [];
  const queue = data?.publicationQueue;
  const open = queue?.filter((p) => !p.overdue);
  const overdue = queue?.filter((p) => p.overdue);
  const approver = data && viewer.roles.includes(data.bureauSettings.publicationApproverRole);
  const toApprove = queue?.filter((p) => p.status === 'PENDING_APPROVAL' && p.preparedBy && p.preparedBy !== viewer.id);
  const todos: Todo[] = [
    {
      key: 'pub-due',
      title: '待公示',
      count: open?.length,
      hint: open?.[0]?.dueDate ? `最早公示期限 ${open[0].dueDate}` : '检查结果 20 个、处罚结果 7 个工作日内公示',
      to: '/publications',
    },
    {
      key: 'pub-overdue',
      title: '逾期未公示',
      count: overdue?.length,
      hint: overdue?.[0]?.dueDate ? `最早逾期 ${overdue[0].dueDate}` : '已过公示期限',
      to: '/publications',
    },
  ];
  const mayApprove = holdsAny(viewer, ['LEADER', 'LEGAL_REVIEWER', 'COORDINATOR', 'DEPARTMENT_HEAD']);
  if (mayApprove && (!data || approver)) {
    todos.push({
      key: 'pub-approve',
      title: '待审核的公示',
      count: data ? toApprove?.length : undefined,
      hint: '编制完成，待审核公示（不含本人编制的）',
      to: '/publications?view=approval',
    });
  }
  return todos;
}
