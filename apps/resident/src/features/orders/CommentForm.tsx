import { Button, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { errorText } from '../../shared/api-client';
import { useAddComment } from './api';
import { PhotoPicker } from './PhotoPicker';

/** A comment and/or photos to an open request; kept as typed when sending fails. */
export function CommentForm({ orderId }: { orderId: string }) {
  const add = useAddComment(orderId);
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [hint, setHint] = useState<string | null>(null);

  const send = () => {
    const body = text.trim();
    if (!body && photos.length === 0) {
      setHint('Напишите комментарий или добавьте фото');
      return;
    }
    setHint(null);
    add.mutate(
      { body, photos },
      {
        onSuccess: () => {
          setText('');
          setPhotos([]);
        },
      },
    );
  };

  return (
    <form
      className="order-comment-form"
      aria-label="Новый комментарий"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <TextArea
        aria-label="Комментарий"
        placeholder="Комментарий для управляющей компании"
        value={text}
        onChange={setText}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={4000}
      />
      <PhotoPicker files={photos} onChange={setPhotos} />
      {(hint || add.isError) && (
        <p className="error" role="alert">
          {hint ?? errorText(add.error)}
        </p>
      )}
      <Button block type="submit" color="primary" loading={add.isPending}>
        Отправить
      </Button>
    </form>
  );
}
