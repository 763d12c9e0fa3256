import { List } from 'antd-mobile';
import { UserCircleOutline } from 'antd-mobile-icons';
import type { ResidentMe } from '../../shared/resident-types';

function displayPhone(e164: string): string {
  const d = e164.replace(/^\+7/, '');
  return d.length === 10 ? `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}` : e164;
}

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
        description={displayPhone(me.account.phone)}
        onClick={onOpen}
        arrowIcon
      >
        <span className="profile-name">{name}</span>
      </List.Item>
    </List>
  );
}
