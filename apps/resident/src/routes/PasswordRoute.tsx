import { Toast } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { PasswordForm } from '../features/auth/PasswordForm';
import { Loading } from '../shared/Loading';
import { useMe } from '../shared/me';
import { Screen } from '../shared/Screen';

export function PasswordRoute() {
  const navigate = useNavigate();
  const me = useMe();
  const hasPassword = me.data?.account.hasPassword;
  return (
    <Screen title={hasPassword ? 'Сменить пароль' : 'Задать пароль'} back="/my-data">
      {me.data ? (
        <PasswordForm
          hasPassword={Boolean(hasPassword)}
          onDone={() => {
            Toast.show({ content: 'Пароль сохранён', icon: 'success' });
            navigate('/my-data');
          }}
        />
      ) : (
        <Loading />
      )}
    </Screen>
  );
}
