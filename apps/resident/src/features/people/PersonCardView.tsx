import { Button, Dialog, List, Toast } from 'antd-mobile';
import { errorText } from '../../shared/api-client';
import { useOrganization } from '../../shared/app-context';
import { formatPhoneE164 } from '../../shared/format-phone';
import { formatDate } from '../../shared/labels';
import { useDeletePerson } from './api';
import { inviteToApp } from './invite';
import { PersonAvatar } from './PersonAvatar';
import type { PersonCard } from './types';
import './people.css';

type Props = {
  person: PersonCard;
  organizationName: string;
  onPremises(): void;
  onEdit(): void;
  onDeleted(): void;
};

/**
 * APP-7: another user's card — photo, phone (not a child's; a tap calls), e-mail, when the profile
 * was made; «Пригласить в приложение»; «Доступ к помещениям»; edit for the resident's guest and
 * «Удалить пользователя» for someone the resident added.
 */
export function PersonCardView({ person, organizationName, onPremises, onEdit, onDeleted }: Props) {
  const organization = useOrganization();
  const remove = useDeletePerson(person.clientId);

  const invite = async () => {
    const result = await inviteToApp(organization, organizationName).catch(() => null);
    if (result === 'copied') Toast.show({ content: 'Ссылка на приложение скопирована' });
    else if (result === null) Toast.show({ content: 'Не удалось поделиться ссылкой', icon: 'fail' });
  };

  const confirmDelete = async () => {
    const sure = await Dialog.confirm({
      title: 'Удалить пользователя?',
      content: `${person.name} потеряет доступы к помещениям, которые вы дали.`,
      confirmText: 'Удалить',
      cancelText: 'Отмена',
    });
    if (!sure) return;
    try {
      await remove.mutateAsync();
      Toast.show({ content: 'Пользователь удалён', icon: 'success' });
      onDeleted();
    } catch (error) {
      Toast.show({ content: errorText(error), icon: 'fail' });
    }
  };

  return (
    <section aria-label="Карточка пользователя">
      <div className="person-head">
        <PersonAvatar name={person.name} photoUrl={person.photoUrl} size="large" />
        <p className="person-name">{person.name}</p>
        {person.guest && <span className="hint">Гость</span>}
      </div>
      <List>
        {person.phone && (
          <List.Item title="Телефон" arrowIcon={false}>
            <a href={`tel:${person.phone}`}>{formatPhoneE164(person.phone)}</a>
          </List.Item>
        )}
        {person.email && (
          <List.Item title="Электронная почта" arrowIcon={false}>
            <a href={`mailto:${person.email}`}>{person.email}</a>
          </List.Item>
        )}
        <List.Item arrowIcon={false}>
          <span className="hint">Профиль создан {formatDate(person.createdAt)}</span>
        </List.Item>
      </List>
      <List>
        <List.Item
          extra={person.premises.length + person.otherPremises.length}
          onClick={onPremises}
          arrowIcon
        >
          Доступ к помещениям
        </List.Item>
        {person.canEdit && (
          <List.Item onClick={onEdit} arrowIcon>
            Изменить данные
          </List.Item>
        )}
      </List>
      <div className="actions form">
        <Button block color="primary" fill="outline" onClick={invite}>
          Пригласить в приложение
        </Button>
        {person.canDelete && (
          <Button block color="danger" fill="outline" onClick={confirmDelete} loading={remove.isPending}>
            Удалить пользователя
          </Button>
        )}
      </div>
    </section>
  );
}
