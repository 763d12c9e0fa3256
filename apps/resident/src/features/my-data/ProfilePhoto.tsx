import { Toast } from 'antd-mobile';
import { UserCircleOutline } from 'antd-mobile-icons';
import { type ChangeEvent, useId } from 'react';
import { errorText } from '../../shared/api-client';
import { usePhotoSrc } from '../../shared/photo-src';
import { resizePhoto } from '../../shared/resize-photo';
import { useUploadPhoto } from './api';

/** APP-5: the photo; the picker offers the gallery and the camera, the picture is made small here. */
export function ProfilePhoto({ photoUrl }: { photoUrl: string | null }) {
  const inputId = useId();
  const src = usePhotoSrc(photoUrl);
  const upload = useUploadPhoto();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      await upload.mutateAsync(await resizePhoto(file));
      Toast.show({ content: 'Фото сохранено', icon: 'success' });
    } catch (error) {
      Toast.show({ content: errorText(error), icon: 'fail' });
    }
  };

  return (
    <div className="photo-row">
      {src.data ? (
        <img className="photo" src={src.data} alt="Фото" />
      ) : (
        <UserCircleOutline className="photo photo-empty" aria-hidden />
      )}
      <label className="photo-pick" htmlFor={inputId}>
        {upload.isPending ? 'Загрузка…' : photoUrl ? 'Сменить фото' : 'Добавить фото'}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept="image/*"
        onChange={choose}
        disabled={upload.isPending}
      />
    </div>
  );
}
