import { UserOutlined } from '@ant-design/icons';
import type { Client } from '@domovoy/contract';
import { Avatar } from 'antd';

/**
 * APP-5: the photo the client set in the app. The URL is versioned, so a new photo is a new URL;
 * `photoUrl` is null without one, and for a role that may not see the name.
 */
export function ClientPhoto({ client, size = 64 }: { client: Pick<Client, 'photoUrl'>; size?: number }) {
  return client.photoUrl ? (
    <Avatar size={size} src={client.photoUrl} alt="Фото клиента" />
  ) : (
    <Avatar size={size} icon={<UserOutlined />} aria-label="Нет фото" />
  );
}
