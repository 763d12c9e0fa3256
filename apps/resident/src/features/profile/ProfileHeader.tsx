import { List } from 'antd-mobile';
import { UserCircleOutline } from 'antd-mobile-icons';
import { formatPhoneE164 } from '../../shared/format-phone';
import { usePhotoSrc } from '../../shared/photo-src';
import type { ResidentMe } from '../../shared/resident-types';
import { useProfile } from '../my-data/api';

/** APP-1 (2): the resident's photo, name and phone, leading to «Мои данные». */
export function ProfileHeader({ me, onOpen }: { me: ResidentMe; onOpen(): void }) {
  const name = me.client?.fullName || 'Житель';
  const profile = useProfile(Boolean(me.client));
  const photo = usePhotoSrc(profile.data?.photoUrl);
  return (
    <List>
      <List.Item
        prefix={
          photo.data ? (
            <img className="avatar-photo" src={photo.data} alt="" />
          ) : (
            <UserCircleOutline className="avatar" aria-hidden />
          )
        }
        description={formatPhoneE164(me.account.phone)}
        onClick={onOpen}
        arrowIcon
      >
        <span className="profile-name">{name}</span>
      </List.Item>
    </List>
  );
}
