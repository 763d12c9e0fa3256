import { Button, Result } from 'antd';
import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <Result
      status="404"
      title="Страница не найдена"
      extra={
        <Link to="/premises">
          <Button type="primary">К помещениям</Button>
        </Link>
      }
    />
  );
}
