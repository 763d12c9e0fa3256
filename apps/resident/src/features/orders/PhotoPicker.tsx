import { CloseOutline, PictureOutline } from 'antd-mobile-icons';
import { type ChangeEvent, useEffect, useId, useMemo } from 'react';

/** Up to this many photos at once (a request shows them small; more can follow in comments). */
export const MAX_PHOTOS = 6;

/**
 * Photos chosen from the gallery or the camera, shown small with a «remove» button each; they go
 * up (made small on the device) only when the form is sent, so nothing is lost on a bad field.
 */
export function PhotoPicker({ files, onChange }: { files: File[]; onChange(files: File[]): void }) {
  const inputId = useId();
  const previews = useMemo(() => files.map((file) => URL.createObjectURL(file)), [files]);
  useEffect(
    () => () => {
      for (const url of previews) URL.revokeObjectURL(url);
    },
    [previews],
  );

  const add = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []).filter((file) => file.type.startsWith('image/'));
    event.target.value = '';
    onChange([...files, ...chosen].slice(0, MAX_PHOTOS));
  };

  return (
    <div className="photo-picker">
      {previews.map((url, index) => (
        <div className="photo-thumb" key={url}>
          <img src={url} alt={`Фото ${index + 1}`} />
          <button
            type="button"
            className="photo-remove"
            aria-label={`Убрать фото ${index + 1}`}
            onClick={() => onChange(files.filter((_, i) => i !== index))}
          >
            <CloseOutline />
          </button>
        </div>
      ))}
      {files.length < MAX_PHOTOS && (
        <>
          <label className="photo-add" htmlFor={inputId}>
            <PictureOutline aria-hidden />
            <span>Добавить фото</span>
          </label>
          <input
            id={inputId}
            className="visually-hidden"
            type="file"
            accept="image/*"
            multiple
            onChange={add}
          />
        </>
      )}
    </div>
  );
}
