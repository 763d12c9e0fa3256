import { List, Toast } from 'antd-mobile';
import { useOrganization } from '../../shared/app-context';
import { formatDate, premiseTypeLabel } from '../../shared/labels';
import { copyText, formatMoney, formatPeriod } from '../../shared/money';
import type { ResidentPremiseCard } from '../../shared/resident-types';
import { openDocument } from './api';

const area = (value: number | null) =>
  value === null ? 'Не указана' : `${value.toLocaleString('ru-RU')} м²`;

async function copy(text: string) {
  await copyText(text);
  Toast.show({ content: 'Скопировано' });
}

/**
 * APP-3 «Мое помещение»: the full address and account numbers (a tap copies them), the sums due,
 * areas, meters, insurance when there is a policy, and the documents staff opened to residents.
 */
export function PremiseCardView({ premise }: { premise: ResidentPremiseCard }) {
  const organization = useOrganization();
  return (
    <section aria-label="Мое помещение">
      <List header={premiseTypeLabel(premise.type)}>
        <List.Item
          title="Адрес"
          description="Нажмите, чтобы скопировать"
          onClick={() => copy(premise.fullAddress)}
          arrowIcon={false}
        >
          <span className="premise-address">{premise.fullAddress}</span>
        </List.Item>
      </List>
      <List header="Лицевые счета">
        {premise.accounts.length === 0 && <List.Item>Лицевых счетов пока нет</List.Item>}
        {premise.accounts.map((account) => (
          <List.Item
            key={account.id}
            className="premise-account"
            title={account.legalEntityName}
            description={
              account.balance ? `К оплате за ${formatPeriod(account.balance.period)}` : 'Начислений пока нет'
            }
            extra={
              account.balance ? <span className="money">{formatMoney(account.balance.amount)}</span> : null
            }
            onClick={() => copy(account.number)}
            arrowIcon={false}
          >
            № {account.number}
          </List.Item>
        ))}
      </List>
      <List header="Характеристики">
        <List.Item extra={area(premise.totalArea)}>Общая площадь</List.Item>
        <List.Item extra={area(premise.livingArea)}>Жилая площадь</List.Item>
        <List.Item extra={premise.metersCount}>Приборы учёта</List.Item>
      </List>
      {premise.insurance && (
        <List header="Страховка">
          <List.Item
            title={premise.insurance.insurer}
            description={`с ${formatDate(premise.insurance.validFrom)} по ${formatDate(premise.insurance.validTo)}`}
          >
            Полис № {premise.insurance.number}
          </List.Item>
        </List>
      )}
      {premise.documents.length > 0 && (
        <List header="Документы">
          {premise.documents.map((document) => (
            <List.Item
              key={document.id}
              description={document.date ? formatDate(document.date) : document.fileName}
              onClick={() =>
                openDocument(organization, document.fileUrl).catch(() =>
                  Toast.show({ content: 'Не удалось открыть документ', icon: 'fail' }),
                )
              }
              arrowIcon
            >
              {document.title}
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
