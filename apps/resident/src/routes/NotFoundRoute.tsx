import { Button } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { ErrorBlock } from '../shared/ErrorBlock';

export function NotFoundRoute() {
  const navigate = useNavigate();
  return (
    <main className="page page-centered">
      <ErrorBlock status="empty" title="Страница не найдена" description="">
        <Button color="primary" onClick={() => navigate('/profile')}>
          В профиль
        </Button>
      </ErrorBlock>
    </main>
  );
}
