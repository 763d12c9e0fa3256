import { Badge, Button, Dialog, List } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useLogout } from '../features/auth/api';
import { PeopleBlock } from '../features/people/PeopleBlock';
import { CurrentPremise } from '../features/premises/CurrentPremise';
import { BrandHeader } from '../features/profile/BrandHeader';
import { ProfileHeader } from '../features/profile/ProfileHeader';
import { useOrganization } from '../shared/app-context';
import { useBrand } from '../shared/brand';
import { useCurrentPremise } from '../shared/current-premise';
import { LoadFailed } from '../shared/LoadFailed';
import { Loading } from '../shared/Loading';
import { useMe } from '../shared/me';
import { showsGuests, showsOrders } from '../shared/products';
import { Screen } from '../shared/Screen';

// APP-1. «Мои заказы» shows when a product with a tab there is on (shared/products.ts `showsOrders`).
export function ProfileRoute() {
  const navigate = useNavigate();
  const organization = useOrganization();
  const me = useMe();
  const brand = useBrand();
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

  const unread = me.data?.unreadNotifications ?? 0;
  return (
    <Screen title="Профиль">
      {me.data ? (
        <>
          {brand && <BrandHeader brand={brand} />}
          <ProfileHeader me={me.data} onOpen={() => navigate('/my-data')} />
          <CurrentPremise premise={current} onOpen={() => navigate('/premises')} />
          <List>
            {current && (
              <List.Item onClick={() => navigate(`/premises/${current.id}`)} arrowIcon>
                О помещении
              </List.Item>
            )}
            {showsOrders(me.data) && (
              <List.Item onClick={() => navigate('/orders')} arrowIcon>
                Мои заказы
              </List.Item>
            )}
            <List.Item
              extra={
                unread > 0 ? (
                  <Badge content={unread} aria-label={`Непрочитанных: ${unread}`} className="unread-count" />
                ) : null
              }
              onClick={() => navigate('/notifications')}
              arrowIcon
            >
              Уведомления
            </List.Item>
            <List.Item extra={me.data.premisesEverywhere} onClick={() => navigate('/premises')} arrowIcon>
              Мои помещения
            </List.Item>
            <List.Item onClick={() => navigate('/my-data')} arrowIcon>
              Мои данные
            </List.Item>
            <List.Item onClick={() => navigate('/about')} arrowIcon>
              О приложении
            </List.Item>
          </List>
          <PeopleBlock
            me={me.data}
            premise={current}
            guests={showsGuests(me.data)}
            onOpen={(path) => navigate(path)}
          />
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
