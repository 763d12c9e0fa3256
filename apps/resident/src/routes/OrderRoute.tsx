import { useEffect } from 'react';
import { useLocation, useParams } from 'react-router';
import { useMarkSeen, useOrder } from '../features/orders/api';
import { OrderCardView } from '../features/orders/OrderCardView';
import { LoadFailed } from '../shared/LoadFailed';
import { Loading } from '../shared/Loading';
import { Screen } from '../shared/Screen';

/** APP-4: a request's card; opening it marks its changes seen (online — offline it stays marked). */
export function OrderRoute() {
  const { id } = useParams();
  // «назад» returns to the list as it was (its tab and sorting), when the card was opened from it.
  const from: unknown = useLocation().state;
  const back =
    from && typeof from === 'object' && 'back' in from && typeof from.back === 'string'
      ? from.back
      : '/orders';
  const order = useOrder(id);
  const seen = useMarkSeen();
  const unseen = order.data?.unseen === true;
  const { mutate } = seen;
  useEffect(() => {
    if (id && unseen && navigator.onLine) mutate(id);
  }, [id, unseen, mutate]);
  return (
    <Screen title={order.data ? `Заявка № ${order.data.number}` : 'Заявка'} back={back}>
      {order.data ? (
        <OrderCardView order={order.data} />
      ) : order.isError ? (
        <LoadFailed error={order.error} />
      ) : (
        <Loading />
      )}
    </Screen>
  );
}
