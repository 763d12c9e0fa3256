import { usePhotoSrc } from '../../shared/photo-src';
import { orderPhotoUrl } from './api';
import type { OrderPhoto } from './types';

function Photo({ orderId, photo, index }: { orderId: string; photo: OrderPhoto; index: number }) {
  const src = usePhotoSrc(orderPhotoUrl(orderId, photo.id));
  const alt = `Фото ${index + 1} к заявке`;
  return src.data ? (
    <a className="order-photo" href={src.data} target="_blank" rel="noreferrer">
      <img src={src.data} alt={alt} />
    </a>
  ) : (
    <span className="order-photo order-photo-empty" role="img" aria-label={alt} />
  );
}

/** The request's photos (the resident's and staff's public ones), fetched with the session. */
export function OrderPhotos({ orderId, photos }: { orderId: string; photos: readonly OrderPhoto[] }) {
  if (photos.length === 0) return null;
  return (
    <div className="order-photos">
      {photos.map((photo, index) => (
        <Photo key={photo.id} orderId={orderId} photo={photo} index={index} />
      ))}
    </div>
  );
}
