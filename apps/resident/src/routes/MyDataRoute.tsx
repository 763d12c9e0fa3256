import { List } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useProfile } from '../features/my-data/api';
import { MyDataForm } from '../features/my-data/MyDataForm';
import { MyDataView } from '../features/my-data/MyDataView';
import { LoadFailed } from '../shared/LoadFailed';
import { Loading } from '../shared/Loading';
import { useMe } from '../shared/me';
import { Screen } from '../shared/Screen';

/** APP-5: the card edited (with a card in this organisation; else what /me knows, read-only), and the password. */
export function MyDataRoute() {
  const navigate = useNavigate();
  const me = useMe();
  const hasCard = Boolean(me.data?.client);
  const profile = useProfile(hasCard);
  const ready = me.data && (!hasCard || profile.data);
  const error = me.error ?? profile.error;
  return (
    <Screen title="Мои данные" back="/profile">
      {ready && me.data ? (
        <>
          {profile.data ? <MyDataForm profile={profile.data} /> : <MyDataView me={me.data} />}
          <List header="Вход">
            <List.Item onClick={() => navigate('/my-data/password')} arrowIcon>
              {me.data.account.hasPassword ? 'Сменить пароль' : 'Задать пароль'}
            </List.Item>
          </List>
        </>
      ) : error ? (
        <LoadFailed error={error} />
      ) : (
        <Loading />
      )}
    </Screen>
  );
}
