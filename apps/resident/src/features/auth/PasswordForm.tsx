import { Button, Form, Input } from 'antd-mobile';
import { errorText } from '../../shared/api-client';
import { useSetPassword } from './api';

type Values = { currentPassword?: string; newPassword: string; repeat: string };

/**
 * «Задать пароль» / «Сменить пароль»: then the resident may sign in by phone and password.
 * The current password is not needed right after a sign-in by SMS code (that is how a forgotten
 * one is reset); the server says when it is.
 */
export function PasswordForm({ hasPassword, onDone }: { hasPassword: boolean; onDone(): void }) {
  const setPassword = useSetPassword();
  const save = ({ currentPassword, newPassword }: Values) =>
    setPassword.mutate(currentPassword ? { currentPassword, newPassword } : { newPassword }, {
      onSuccess: onDone,
    });
  return (
    <Form
      layout="vertical"
      onFinish={save}
      footer={
        <>
          {setPassword.isError && (
            <p className="error" role="alert">
              {errorText(setPassword.error)}
            </p>
          )}
          <Button block type="submit" color="primary" size="large" loading={setPassword.isPending}>
            Сохранить пароль
          </Button>
        </>
      }
    >
      {hasPassword && (
        <Form.Item
          name="currentPassword"
          label="Текущий пароль"
          help="Не нужен, если вы вошли по коду из SMS не больше 15 минут назад"
        >
          <Input aria-label="Текущий пароль" type="password" autoComplete="current-password" />
        </Form.Item>
      )}
      <Form.Item
        name="newPassword"
        label="Новый пароль"
        rules={[{ required: true, min: 8, message: 'Не короче 8 символов' }]}
      >
        <Input aria-label="Новый пароль" type="password" autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="repeat"
        label="Пароль ещё раз"
        dependencies={['newPassword']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (value !== getFieldValue('newPassword')) throw new Error('Пароли не совпадают');
            },
          }),
        ]}
      >
        <Input aria-label="Пароль ещё раз" type="password" autoComplete="new-password" />
      </Form.Item>
    </Form>
  );
}
