import { Badge, List } from 'antd-mobile';
import { Link, useNavigate } from 'react-router';
import { OrderStatus } from './OrderStatus';
import type { OrderItem } from './types';
import './orders.css';

const dateTime = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long' });

/** «№ 1042 · Сантехника», the subject, the status; a dot marks changes the resident has not seen. */
export function OrderList({
  items,
  empty,
  linkState,
}: {
  items: readonly OrderItem[];
  empty: string;
  /** Given to the card, which returns to the list as it was. */
  linkState: unknown;
}) {
  const navigate = useNavigate();
  const path = (id: string) => `/orders/${id}`;
  if (items.length === 0) return <p className="orders-empty">{empty}</p>;
  return (
    <List className="orders-list">
      {items.map((order) => (
        <List.Item
          key={order.id}
          className={order.unseen ? 'order-item order-unseen' : 'order-item'}
          title={`№ ${order.number} · ${dateTime.format(new Date(order.createdAt))}`}
          description={<OrderStatus status={order.status} />}
          extra={order.unseen ? <Badge content={Badge.dot} aria-label="Есть изменения" /> : null}
          onClick={() => navigate(path(order.id), { state: linkState })}
          arrowIcon
        >
          {/* A real link, so that the keyboard reaches each request (the row itself is a tap target). */}
          <Link
            className="order-subject"
            to={path(order.id)}
            state={linkState}
            onClick={(event) => event.stopPropagation()}
          >
            {order.subject}
          </Link>
          {order.subject !== order.typeName && <span className="order-type"> · {order.typeName}</span>}
        </List.Item>
      ))}
    </List>
  );
}
