import { List } from 'antd-mobile';
import { formatPhoneE164 } from '../../shared/format-phone';
import { clientTypeLabel, formatDate } from '../../shared/labels';
import type { ResidentMe } from '../../shared/resident-types';

const NOT_SET = 'Не указано';

/**
 * APP-5 without a card in this organisation (nothing to edit yet): what /me knows, read-only.
 * With a card, MyDataForm edits it.
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
