import { Button, TextArea } from 'antd-mobile';
import { StarFill, StarOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { errorText } from '../../shared/api-client';
import { useRateOrder } from './api';

const STARS = [1, 2, 3, 4, 5] as const;

/** Stars as buttons (a tap or the keyboard), or shown read-only once the request is rated. */
export function Stars({ value, onChange }: { value: number; onChange?(value: number): void }) {
  if (!onChange)
    return (
      <span className="stars" role="img" aria-label={`Оценка ${value} из 5`}>
        {STARS.map((star) => (star <= value ? <StarFill key={star} /> : <StarOutline key={star} />))}
      </span>
    );
  return (
    <fieldset className="stars">
      <legend className="visually-hidden">Оценка</legend>
      {STARS.map((star) => (
        <button
          key={star}
          type="button"
          className="star"
          aria-label={`${star} из 5`}
          aria-pressed={star === value}
          onClick={() => onChange(star)}
        >
          {star <= value ? <StarFill /> : <StarOutline />}
        </button>
      ))}
    </fieldset>
  );
}

/** APP-4: a done request is rated once — stars and an optional review. */
export function RateOrder({ orderId }: { orderId: string }) {
  const rate = useRateOrder(orderId);
  const [rating, setRating] = useState(0);
  const [review, setReview] = useState('');
  const [hint, setHint] = useState<string | null>(null);

  const send = () => {
    if (rating === 0) {
      setHint('Выберите оценку от 1 до 5 звёзд');
      return;
    }
    setHint(null);
    rate.mutate({ rating, review: review.trim() || null });
  };

  return (
    <form
      className="order-rate"
      aria-label="Оценка заявки"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <p className="order-rate-title">Как выполнена заявка?</p>
      <Stars value={rating} onChange={setRating} />
      <TextArea
        aria-label="Отзыв"
        placeholder="Отзыв (необязательно)"
        value={review}
        onChange={setReview}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={2000}
      />
      {(hint || rate.isError) && (
        <p className="error" role="alert">
          {hint ?? errorText(rate.error)}
        </p>
      )}
      <Button block type="submit" color="primary" loading={rate.isPending}>
        Оценить
      </Button>
    </form>
  );
}
