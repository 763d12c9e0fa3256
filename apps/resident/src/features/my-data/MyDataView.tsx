import { List } from 'antd-mobile';
import { clientTypeLabel, formatDate } from '../../shared/labels';
import type { ResidentMe } from '../../shared/resident-types';

const NOT_SET = 'Не указано';

/**
 * APP-5, read-only for now: what the card in this organisation says. Phone and gender are never
 * editable here; extension point: editing type, name, birth date, e-mail and the photo arrives
 * with the resident profile API (issue 12).
 */
export function MyDataView({ me }: { me: ResidentMe }) {
  const client = me.client;
  const isPerson = !client || client.type === 'individual' || client.type === 'entrepreneur';
  return (
    <section aria-label="Мои данные">
      <List header="Мои данные">
        {client && <List.Item extra={clientTypeLabel(client.type)}>Тип</List.Item>}
        <List.Item description={client?.fullName || NOT_SET}>{isPerson ? 'ФИО' : 'Наименование'}</List.Item>
        {isPerson && (
          <List.Item description={client?.birthDate ? formatDate(client.birthDate) : NOT_SET}>
            Дата рождения
          </List.Item>
        )}
        <List.Item description={client?.email || NOT_SET}>Электронная почта</List.Item>
        <List.Item description={me.account.phone}>Телефон</List.Item>
      </List>
    </section>
  );
}
