import { Button, Tabs } from 'antd-mobile';
import { useNavigate, useSearchParams } from 'react-router';
import { OrderList } from '../features/orders/OrderList';
import { OrdersToolbar } from '../features/orders/OrdersToolbar';
import type { OrderSort, OrderState } from '../features/orders/types';
import { useOrderList } from '../features/orders/use-order-list';
import { useOrganization } from '../shared/app-context';
import { useCurrentPremise } from '../shared/current-premise';
import { LoadFailed } from '../shared/LoadFailed';
import { Loading } from '../shared/Loading';
import { useMe } from '../shared/me';
import { showsOrders } from '../shared/products';
import { Screen } from '../shared/Screen';

const SORTS: readonly OrderSort[] = ['default', 'newest', 'oldest'];

/**
 * APP-4 «Мои заказы»: the tab of «Заявки в УК» (the other products' tabs come with them),
 * «Активные» / «Архивные», the sorting and the premise. The tab and sorting live in the address,
 * so «назад» from a card returns to the same list.
 */
export function OrdersRoute() {
  const navigate = useNavigate();
  const organization = useOrganization();
  const me = useMe();
  const { current, choose } = useCurrentPremise(organization, me.data?.premises);
  const [params, setParams] = useSearchParams();
  const state: OrderState = params.get('state') === 'archived' ? 'archived' : 'active';
  const sortParam = params.get('sort') as OrderSort | null;
  const sort: OrderSort = sortParam && SORTS.includes(sortParam) ? sortParam : 'default';
  const list = useOrderList(current?.id, state, sort);

  const setParam = (key: string, value: string, fallback: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === fallback) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const body = () => {
    if (me.isError) return <LoadFailed error={me.error} />;
    if (!me.data) return <Loading />;
    if (!showsOrders(me.data)) return <p className="orders-empty">Заявки в УК не подключены</p>;
    if (!current) return <p className="orders-empty">Заявки можно оставить, когда у вас есть помещение</p>;
    const items = list.items ? (
      <>
        <OrderList
          items={list.items}
          empty={
            sort !== 'default'
              ? 'Заявок пока нет'
              : state === 'active'
                ? 'Активных заявок нет'
                : 'Архивных заявок нет'
          }
          linkState={{ back: `/orders?${params}` }}
        />
        {list.hasMore && (
          <div className="actions">
            <Button block fill="outline" loading={list.loadingMore} onClick={() => list.loadMore()}>
              Показать ещё
            </Button>
          </div>
        )}
      </>
    ) : list.isError ? (
      <LoadFailed error={list.error} />
    ) : (
      <Loading />
    );
    return (
      <>
        <Tabs activeKey="requests">
          <Tabs.Tab key="requests" title="Заявки в УК" />
        </Tabs>
        <OrdersToolbar
          premises={me.data.premises}
          premiseId={current.id}
          onPremise={choose}
          sort={sort}
          onSort={(value) => setParam('sort', value, 'default')}
        />
        {sort === 'default' ? (
          <Tabs activeKey={state} onChange={(key) => setParam('state', key, 'active')}>
            <Tabs.Tab key="active" title="Активные">
              {state === 'active' && items}
            </Tabs.Tab>
            <Tabs.Tab key="archived" title="Архивные">
              {state === 'archived' && items}
            </Tabs.Tab>
          </Tabs>
        ) : (
          items
        )}
        <div className="orders-create">
          <Button block color="primary" size="large" onClick={() => navigate('/orders/new')}>
            Создать заявку
          </Button>
        </div>
      </>
    );
  };

  return (
    <Screen title="Мои заказы" back="/profile">
      {body()}
    </Screen>
  );
}
