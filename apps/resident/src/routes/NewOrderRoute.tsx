import { Toast } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { NewOrderForm } from '../features/orders/NewOrderForm';
import { useOrganization } from '../shared/app-context';
import { useCurrentPremise } from '../shared/current-premise';
import { LoadFailed } from '../shared/LoadFailed';
import { Loading } from '../shared/Loading';
import { useMe } from '../shared/me';
import { Screen } from '../shared/Screen';

/** APP-4: a new request to the УО about the current premise, from «Мои заказы». */
export function NewOrderRoute() {
  const navigate = useNavigate();
  const organization = useOrganization();
  const me = useMe();
  const { current } = useCurrentPremise(organization, me.data?.premises);
  return (
    <Screen title="Новая заявка" back="/orders">
      {me.isError ? (
        <LoadFailed error={me.error} />
      ) : !me.data ? (
        <Loading />
      ) : !current ? (
        <p className="hint padded">Заявки можно оставить, когда у вас есть помещение</p>
      ) : (
        <>
          <p className="hint padded new-order-premise">Помещение: {current.address}</p>
          <NewOrderForm
            premiseId={current.id}
            onCreated={(card, photosFailed) => {
              Toast.show(
                photosFailed
                  ? {
                      content: 'Заявка отправлена, но фото не загрузились — добавьте их в заявке',
                      icon: 'fail',
                    }
                  : { content: `Заявка № ${card.number} отправлена`, icon: 'success' },
              );
              navigate(`/orders/${card.id}`, { replace: true });
            }}
          />
        </>
      )}
    </Screen>
  );
}
