import { List } from 'antd-mobile';
import { UserCircleOutline } from 'antd-mobile-icons';
import { formatPhoneE164 } from '../../shared/format-phone';
import type { ResidentMe } from '../../shared/resident-types';

/**
 * APP-1 (2): the resident's name and phone, leading to «Мои данные».
 * Extension point: the photo (issue 12, profile photo API) replaces the icon once /me sends it.
 */
export function ProfileHeader({ me, onOpen }: { me: ResidentMe; onOpen(): void }) {
  const name = me.client?.fullName || 'Житель';
  return (
    <List>
      <List.Item
        prefix={<UserCircleOutline className="avatar" aria-hidden />}
        description={formatPhoneE164(me.account.phone)}
        onClick={onOpen}
        arrowIcon
      >
        <span className="profile-name">{name}</span>
      </List.Item>
    </List>
  );
}
