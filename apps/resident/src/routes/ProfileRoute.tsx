import { Button, Dialog, List } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useLogout } from '../features/auth/api';
import { CurrentPremise } from '../features/premises/CurrentPremise';
import { ProfileHeader } from '../features/profile/ProfileHeader';
import { useOrganization } from '../shared/app-context';
import { useCurrentPremise } from '../shared/current-premise';
import { LoadFailed, Loading } from '../shared/Loading';
import { useMe } from '../shared/me';
import { Screen } from '../shared/Screen';

// APP-1. Extension points, shown once their APIs exist (issue 12): the unread notifications
// counter (→ «Уведомления»), «О помещении» (APP-3), «Мои заказы» (when a product is on), «Люди»
// with its count and «Все» (APP-6), the brand's colours of the selected premise.
export function ProfileRoute() {
  const navigate = useNavigate();
  const organization = useOrganization();
  const me = useMe();
  const { current } = useCurrentPremise(organization, me.data?.premises);
  const logout = useLogout();

  const confirmLogout = async () => {
    const sure = await Dialog.confirm({
      content: 'Выйти из приложения на этом устройстве?',
      confirmText: 'Выйти',
      cancelText: 'Отмена',
    });
    if (sure) logout.mutate();
  };

  return (
    <Screen title="Профиль">
      {me.data ? (
        <>
          <ProfileHeader me={me.data} onOpen={() => navigate('/my-data')} />
          <CurrentPremise premise={current} onOpen={() => navigate('/premises')} />
          <List>
            <List.Item extra={me.data.premises.length} onClick={() => navigate('/premises')} arrowIcon>
              Мои помещения
            </List.Item>
            <List.Item onClick={() => navigate('/my-data')} arrowIcon>
              Мои данные
            </List.Item>
            <List.Item onClick={() => navigate('/about')} arrowIcon>
              О приложении
            </List.Item>
          </List>
        </>
      ) : me.isError ? (
        <LoadFailed error={me.error} />
      ) : (
        <Loading />
      )}
      <div className="actions">
        <Button block color="danger" fill="outline" onClick={confirmLogout} loading={logout.isPending}>
          Выйти
        </Button>
      </div>
    </Screen>
  );
}
