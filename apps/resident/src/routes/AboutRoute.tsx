import { Button, List, Toast } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useOrganization } from '../shared/app-context';
import { APP_VERSION } from '../shared/app-version';
import { useMe } from '../shared/me';
import { appBasename } from '../shared/organization';
import { Screen } from '../shared/Screen';

/** APP-1 (12): version, the user agreement, and a link to the app to share. */
export function AboutRoute() {
  const navigate = useNavigate();
  const organization = useOrganization();
  const me = useMe();
  const link = `${window.location.origin}${appBasename(organization)}/`;
  const share = async () => {
    if (navigator.share) {
      await navigator.share({ title: 'Домовой', url: link }).catch(() => undefined);
      return;
    }
    await navigator.clipboard.writeText(link);
    Toast.show({ content: 'Ссылка скопирована' });
  };
  return (
    <Screen title="О приложении" back="/profile">
      <List>
        <List.Item extra={APP_VERSION}>Версия</List.Item>
        {me.data && <List.Item extra={me.data.organization.name}>Управляющая компания</List.Item>}
        <List.Item onClick={() => navigate('/about/agreement')} arrowIcon>
          Пользовательское соглашение
        </List.Item>
      </List>
      <div className="actions">
        <Button block onClick={share}>
          Поделиться приложением
        </Button>
      </div>
    </Screen>
  );
}
