import { Card, Spin, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from '../features/auth/LoginForm';
import { useMe } from '../shared/session';

export function LoginRoute() {
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Only a path of this app: never an absolute URL someone put into the link.
  const from = params.get('from') ?? '';
  const back = from.startsWith('/') && !from.startsWith('//') ? from : '/premises';
  if (me.isPending) return <Spin fullscreen />;
  if (me.data) return <Navigate to={back} replace />;
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          Домовой
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          Вход для сотрудников управляющей организации
        </Typography.Paragraph>
        <LoginForm onLoggedIn={() => navigate(back, { replace: true })} />
      </Card>
    </div>
  );
}
