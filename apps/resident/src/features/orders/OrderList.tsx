import { Badge, List } from 'antd-mobile';
import { OrderStatus } from './OrderStatus';
import type { OrderItem } from './types';
import './orders.css';

const dateTime = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long' });

/** «№ 1042 · Сантехника», the subject, the status; a dot marks changes the resident has not seen. */
export function OrderList({
  items,
  empty,
  onOpen,
}: {
  items: readonly OrderItem[];
  empty: string;
  onOpen(id: string): void;
}) {
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
          onClick={() => onOpen(order.id)}
          arrowIcon
        >
          <span className="order-subject">{order.subject}</span>
          {order.subject !== order.typeName && <span className="order-type"> · {order.typeName}</span>}
        </List.Item>
      ))}
    </List>
  );
}
