import { Alert, Button, Form, Input } from 'antd';
import { errorText } from '../../shared/errors';
import { useLogin } from './api';

type Values = { login: string; password: string };

export function LoginForm({ onLoggedIn }: { onLoggedIn: () => void }) {
  const login = useLogin();
  return (
    <Form<Values>
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => login.mutate(values, { onSuccess: onLoggedIn })}
    >
      {login.error && (
        <Alert type="error" showIcon title={errorText(login.error)} style={{ marginBottom: 16 }} />
      )}
      <Form.Item label="Логин" name="login" rules={[{ required: true, message: 'Введите логин' }]}>
        <Input autoFocus autoComplete="username" />
      </Form.Item>
      <Form.Item label="Пароль" name="password" rules={[{ required: true, message: 'Введите пароль' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending}>
        Войти
      </Button>
    </Form>
  );
}
