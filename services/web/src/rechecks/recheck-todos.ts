import { useQuery } from 'urql';
import { FRESH } from '../todo/todo-card';
import { useMyBureau } from '../common/my-bureau';
import { holdsAny, type ViewerUser } from '../common/viewer';
import { RecheckFindingsDocument } from './documents';

interface Todo {
  key: string;
  title: string;
  count: number | undefined;
  hint: string;
  to?: string;
}

const ANSWERS = ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD'] as const;
const CLOSES = ['LEGAL_REVIEWER', 'OVERSIGHT'] as const;

/** R54 on the to-do page: the county's findings to answer; the superior's answered findings to close. */
export function useRecheckTodos(viewer: ViewerUser): Todo[] {
  const { bureau } = useMyBureau();
  const answers = holdsAny(viewer, ANSWERS);
  const closes = holdsAny(viewer, CLOSES);
  const [{ data }] = useQuery({
    requestPolicy: FRESH,
    query: RecheckFindingsDocument,
    variables: {},
    pause: !answers && !closes,
  });
  const findings = data?.recheckFindings;
  const todos: Todo[] = [];
  if (answers) {
    const open = bureau && findings?.filter((f) => f.status === 'OPEN' && f.handlingBureauId === bureau.id);
    todos.push({
      key: 'recheck-answer',
      title: '待答复的上级复查问题',
      count: open?.length,
      hint: '上级复查与本单位检查结果不一致，须更正或说明理由',
      to: '/rechecks/findings',
    });
  }
  if (closes) {
    const answered = bureau && findings?.filter((f) => f.status === 'ANSWERED' && f.bureauId === bureau.id);
    todos.push({
      key: 'recheck-close',
      title: '待销号的复查问题',
      count: answered?.length,
      hint: '下级已答复，待核实销号',
      to: '/rechecks/findings',
    });
  }
  return todos;
}
