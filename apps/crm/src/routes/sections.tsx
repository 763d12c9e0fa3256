import {
  CloudUploadOutlined,
  FileTextOutlined,
  HomeOutlined,
  LineChartOutlined,
  SendOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Permission } from '@domovoy/contract';
import type { ReactNode } from 'react';

type Section = { key: string; label: string; icon: ReactNode; permission: Permission };

/** «Управление»: the sections a role sees when it holds their permission. */
export const SECTIONS = [
  { key: '/premises', label: 'Помещения', icon: <HomeOutlined />, permission: 'premises.view' },
  { key: '/clients', label: 'Клиенты', icon: <UserOutlined />, permission: 'clients.view' },
  { key: '/requests', label: 'Заявки', icon: <FileTextOutlined />, permission: 'requests.view' },
  { key: '/imports', label: 'Импорт', icon: <CloudUploadOutlined />, permission: 'premises.view' },
  { key: '/staff', label: 'Сотрудники', icon: <TeamOutlined />, permission: 'staff.manage' },
] as const satisfies readonly Section[];

/** «Медиа сервисы»: mailings (M-2) and the monitor (M-3). */
export const MEDIA_SECTIONS = [
  { key: '/mailings', label: 'Рассылки', icon: <SendOutlined />, permission: 'mailings.view' },
  { key: '/monitor', label: 'Монитор', icon: <LineChartOutlined />, permission: 'monitor.view' },
] as const satisfies readonly Section[];

export const SETTINGS_SECTION = {
  key: '/settings',
  label: 'Настройки',
  icon: <SettingOutlined />,
  permission: 'settings.manage',
} as const satisfies Section;

/** Pages that belong to a section without a menu item of their own. */
const OTHER_PAGES = [
  { key: '/registration-requests', label: 'Заявки на регистрацию', permission: 'clients.view' },
] as const satisfies readonly Omit<Section, 'icon'>[];

const ALL = [...SECTIONS, ...MEDIA_SECTIONS, SETTINGS_SECTION, ...OTHER_PAGES];

/**
 * The section a path belongs to (by its first segment) and the permission it needs: a page opened
 * by its address is guarded as its menu item is (issue 17), not left to refuse each button.
 */
export function sectionOf(pathname: string): Omit<Section, 'icon'> | undefined {
  const first = `/${pathname.split('/')[1] ?? ''}`;
  return ALL.find((s) => s.key === first);
}

/** The first section of the menu a role may open: where «/» and the refusal page lead. */
export function homeSection(can: (permission: Permission) => boolean) {
  return [...SECTIONS, ...MEDIA_SECTIONS, SETTINGS_SECTION].find((s) => can(s.permission));
}
