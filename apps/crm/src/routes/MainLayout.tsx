import { LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout } from '../features/auth/api';
import { NewRequestsBadge } from '../features/registrations/NewRequestsBadge';
import { GlobalSearch } from '../features/search/GlobalSearch';
import { DensityToggle } from '../shared/density';
import { useCan, useMe } from '../shared/session';
import { ForbiddenResult } from './ForbiddenResult';
import { MEDIA_SECTIONS, SECTIONS, SETTINGS_SECTION, sectionOf } from './sections';

/** A click the browser itself handles on a link: a new tab or window (Ctrl, ⌘, Shift, middle button). */
function opensElsewhere(event: { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): boolean {
  return event.ctrlKey || event.metaKey || event.shiftKey;
}

/**
 * A menu item is a real link (issue 17): Ctrl+click or the middle button opens the section in a
 * new tab. A plain click is the menu's (the whole item, not just its text, navigates).
 */
function SectionLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a
      href={to}
      onClick={(event) => {
        if (!opensElsewhere(event) && event.button === 0) event.preventDefault();
      }}
    >
      {children}
    </a>
  );
}

export function MainLayout() {
  const me = useMe();
  const can = useCan();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();

  if (me.isPending) return <Spin fullscreen />;
  if (!me.data) {
    const from = location.pathname + location.search;
    return <Navigate to={`/login?from=${encodeURIComponent(from)}`} replace />;
  }
  const selected = `/${location.pathname.split('/')[1] ?? ''}`;
  // Issue 17: a section opened by its address is guarded as its menu item is.
  const section = sectionOf(location.pathname);
  const forbidden = section && !can(section.permission);
  const items = [
    {
      type: 'group' as const,
      key: 'management',
      label: 'Управление',
      children: SECTIONS.filter((s) => can(s.permission)).map(({ key, label, icon }) => ({
        key,
        // AUTH-2: staff see new registration requests arrive without reloading.
        label: (
          <SectionLink to={key}>
            {label}
            {key === '/clients' && <NewRequestsBadge />}
          </SectionLink>
        ),
        icon,
      })),
    },
    ...(MEDIA_SECTIONS.some((s) => can(s.permission))
      ? [
          {
            type: 'group' as const,
            key: 'media',
            label: 'Медиа сервисы',
            children: MEDIA_SECTIONS.filter((s) => can(s.permission)).map(({ key, label, icon }) => ({
              key,
              label: <SectionLink to={key}>{label}</SectionLink>,
              icon,
            })),
          },
        ]
      : []),
    // Issue 17: only a role that may change settings sees «Настройки» (the others were refused inside).
    ...(can(SETTINGS_SECTION.permission)
      ? [
          {
            key: SETTINGS_SECTION.key,
            label: <SectionLink to={SETTINGS_SECTION.key}>{SETTINGS_SECTION.label}</SectionLink>,
            icon: SETTINGS_SECTION.icon,
          },
        ]
      : []),
  ];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* The menu stays in view on a long list, and its white reaches the bottom of the screen. */}
      <Layout.Sider
        width={220}
        theme="light"
        style={{
          borderRight: '1px solid #f0f0f0',
          position: 'sticky',
          top: 0,
          height: '100vh',
          overflowY: 'auto',
        }}
      >
        <Typography.Title level={4} style={{ margin: '16px 24px' }}>
          Домовой
        </Typography.Title>
        <Menu
          mode="inline"
          // The sider draws the one border, down to the bottom (the menu's own stopped at its last item).
          style={{ borderInlineEnd: 'none' }}
          selectedKeys={[selected]}
          items={items}
          onClick={({ key, domEvent }) => {
            if (!opensElsewhere(domEvent)) navigate(key);
          }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 16,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          {/* Issue 17: one box over the sections the role may open, and the last opened cards. */}
          <GlobalSearch />
          <Space style={{ marginLeft: 'auto' }}>
            <DensityToggle />
            <Typography.Text>
              {me.data.staff.fullName} · {me.data.organization.name}
            </Typography.Text>
            <Button icon={<LogoutOutlined />} onClick={() => logout.mutate()} loading={logout.isPending}>
              Выйти
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          {forbidden ? (
            <ForbiddenResult section={section.label} permission={section.permission} />
          ) : (
            <Outlet />
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
