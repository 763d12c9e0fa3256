import { List } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { MyDataView } from '../features/my-data/MyDataView';
import { LoadFailed, Loading } from '../shared/Loading';
import { useMe } from '../shared/me';
import { Screen } from '../shared/Screen';

/** APP-5 (read-only until the profile API lands) and the password. */
export function MyDataRoute() {
  const navigate = useNavigate();
  const me = useMe();
  return (
    <Screen title="Мои данные" back="/profile">
      {me.data ? (
        <>
          <MyDataView me={me.data} />
          <List header="Вход">
            <List.Item onClick={() => navigate('/my-data/password')} arrowIcon>
              {me.data.account.hasPassword ? 'Сменить пароль' : 'Задать пароль'}
            </List.Item>
          </List>
        </>
      ) : me.isError ? (
        <LoadFailed error={me.error} />
      ) : (
        <Loading />
      )}
    </Screen>
  );
}
