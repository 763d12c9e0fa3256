import { List } from 'antd-mobile';
import { CommentForm } from './CommentForm';
import { OrderPhotos } from './OrderPhotos';
import { isOpenStatus, OrderStatus } from './OrderStatus';
import { RateOrder, Stars } from './RateOrder';
import type { OrderCard, OrderComment } from './types';
import './orders.css';

const when = new Intl.DateTimeFormat('ru-RU', {
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});
const at = (iso: string) => when.format(new Date(iso));

/** A subject made from the description's start (APP-4) would only repeat it; the type's name too. */
function ownSubject(order: OrderCard): boolean {
  if (order.subject === order.typeName) return false;
  const start = order.subject.replace(/…$/, '');
  return !(order.description ?? '').replace(/\s+/g, ' ').trim().startsWith(start);
}

const authorOf = (comment: OrderComment) =>
  comment.authorKind === 'resident' ? 'Вы' : (comment.authorName ?? 'Управляющая компания');

/**
 * APP-4: a request's card — status, type, what was written and shown, the public comments of both
 * sides; an open request takes comments and photos, a done one a rating once.
 */
export function OrderCardView({ order }: { order: OrderCard }) {
  const open = isOpenStatus(order.status);
  return (
    <article aria-label={`Заявка № ${order.number}`}>
      <List>
        <List.Item extra={<OrderStatus status={order.status} />} description={`от ${at(order.createdAt)}`}>
          {order.typeName}
        </List.Item>
        {ownSubject(order) && <List.Item title="Тема">{order.subject}</List.Item>}
        {order.description && (
          <List.Item title="Описание">
            <span className="order-text">{order.description}</span>
          </List.Item>
        )}
      </List>
      {order.photos.length > 0 && (
        <List header="Фото">
          <List.Item>
            <OrderPhotos orderId={order.id} photos={order.photos} />
          </List.Item>
        </List>
      )}
      {order.rating !== null && (
        <List header="Ваша оценка">
          <List.Item description={order.review ?? undefined}>
            <Stars value={order.rating} />
          </List.Item>
        </List>
      )}
      {order.canRate && <RateOrder orderId={order.id} />}
      <List header="Комментарии" className="order-comments">
        {order.comments.length === 0 && <List.Item>Комментариев пока нет</List.Item>}
        {order.comments.map((comment) => (
          <List.Item
            key={comment.id}
            className={
              comment.authorKind === 'resident' ? 'order-comment order-comment-mine' : 'order-comment'
            }
            title={`${authorOf(comment)} · ${at(comment.createdAt)}`}
          >
            <span className="order-text">{comment.body}</span>
          </List.Item>
        ))}
      </List>
      {open ? (
        <CommentForm orderId={order.id} />
      ) : (
        <p className="orders-empty">Заявка закрыта — добавить комментарий нельзя</p>
      )}
    </article>
  );
}
