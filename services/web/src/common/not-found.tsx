import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';

/** FORBIDDEN and NOT_FOUND alike (WEB.md): the page never says which of the two. */
export function NotFoundView() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="不存在或无权访问"
      subTitle="该页面或对象不存在，或不在您的权限范围内。"
      extra={
        <Button type="primary" onClick={() => void navigate('/todo')}>
          返回待办
        </Button>
      }
    />
  );
}
