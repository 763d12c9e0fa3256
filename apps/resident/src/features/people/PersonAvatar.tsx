import { usePhotoSrc } from '../../shared/photo-src';
import { initials } from './person-rules';
import './people.css';

type Props = { name: string; photoUrl: string | null; size?: 'small' | 'large' };

/** APP-6, APP-7: the person's photo, or the initials of their name on the brand colour. */
export function PersonAvatar({ name, photoUrl, size = 'small' }: Props) {
  const photo = usePhotoSrc(photoUrl);
  const className = `person-avatar person-avatar-${size}`;
  if (photo.data) return <img className={className} src={photo.data} alt="" />;
  return (
    <span className={className} aria-hidden>
      {initials(name)}
    </span>
  );
}
