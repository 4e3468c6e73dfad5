import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { safeNext } from './next-path';

// The token is not selected: the session travels in the API's httpOnly cookie, never in script.
const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
    }
  }
`);

interface Credentials {
  username: string;
  password: string;
}

export default function LoginPage() {
  const [{ fetching }, login] = useMutation(LoginDocument);
  const [message, setMessage] = useState<string | null>(null);
  const submit = async (input: Credentials) => {
    setMessage(null);
    const result = await login({ input });
    if (result.error) {
      setMessage(
        result.error.networkError
          ? '网络连接失败，请检查网络后重试'
          : (result.error.graphQLErrors[0]?.message ?? '登录失败'),
      );
      return;
    }
    // A fresh page load: the app starts over with the new session and nothing cached from before.
    window.location.replace(safeNext(new URLSearchParams(window.location.search).get('next')));
  };
  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#eef2f7' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          双随机、一公开监管工作平台
        </Typography.Title>
        {message && <Alert type="error" showIcon title={message} style={{ marginBottom: 16 }} role="alert" />}
        <Form<Credentials> layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={fetching}>
            登录
          </Button>
        </Form>
      </Card>
    </main>
  );
}
