import { List } from 'antd-mobile';
import { formatPhoneE164 } from '../../shared/format-phone';
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
      <List>
        {client && <List.Item title="Тип">{clientTypeLabel(client.type)}</List.Item>}
        <List.Item title={isPerson ? 'ФИО' : 'Наименование'}>{client?.fullName || NOT_SET}</List.Item>
        {isPerson && (
          <List.Item title="Дата рождения">
            {client?.birthDate ? formatDate(client.birthDate) : NOT_SET}
          </List.Item>
        )}
        <List.Item title="Электронная почта">{client?.email || NOT_SET}</List.Item>
        <List.Item title="Телефон">{formatPhoneE164(me.account.phone)}</List.Item>
      </List>
    </section>
  );
}
