import { Button, List, Popup } from 'antd-mobile';
import { useState } from 'react';
import { formatMoney, formatPeriod } from '../../shared/money';
import type { ResidentPayments } from '../../shared/resident-types';
import { usePayments } from './api';

type PaymentPremise = ResidentPayments['premises'][number];

/** The premises in the server's order, in runs of one organisation each. */
function byOrganization(premises: readonly PaymentPremise[]) {
  const groups: { organization: PaymentPremise['organization']; premises: PaymentPremise[] }[] = [];
  for (const premise of premises) {
    const last = groups.at(-1);
    if (last?.organization.id === premise.organization.id) last.premises.push(premise);
    else groups.push({ organization: premise.organization, premises: [premise] });
  }
  return groups;
}

/**
 * APP-2 «Оплатить все»: a bottom drawer with the sums due per premise — in every organisation
 * where the phone has a card (T-3), each under its brand's name when there are several — and a
 * button per legal entity's payment page (opened in the browser: the app never sees card data).
 * Hidden when nothing is due.
 */
export function PayAll() {
  const payments = usePayments();
  const [open, setOpen] = useState(false);
  const data = payments.data;
  if (!data || data.premises.length === 0) return null;
  return (
    <>
      <div className="actions">
        <Button block color="primary" onClick={() => setOpen(true)}>
          Оплатить все · {formatMoney(data.total)}
        </Button>
      </div>
      <Popup
        visible={open}
        onMaskClick={() => setOpen(false)}
        onClose={() => setOpen(false)}
        bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12 }}
        showCloseButton
      >
        <section className="pay-sheet" aria-label="Оплатить все">
          <h2 className="pay-premise">К оплате: {formatMoney(data.total)}</h2>
          {byOrganization(data.premises).map((group, _, groups) => (
            <section key={group.organization.id} aria-label={group.organization.name}>
              {groups.length > 1 && <h3 className="pay-organization">{group.organization.name}</h3>}
              {group.premises.map((premise) => (
                <PremisePayments key={premise.premiseId} premise={premise} />
              ))}
            </section>
          ))}
        </section>
      </Popup>
    </>
  );
}

function PremisePayments({ premise }: { premise: PaymentPremise }) {
  return (
    <List header={`${premise.objectName}, ${premise.address}`}>
      {premise.accounts.map((account) => (
        <List.Item
          key={account.accountId}
          title={account.legalEntityName}
          description={`№ ${account.number}, за ${formatPeriod(account.period)}`}
          extra={
            account.paymentUrl ? (
              <Button
                size="small"
                color="primary"
                onClick={() => {
                  window.open(account.paymentUrl ?? '', '_blank', 'noopener');
                }}
              >
                Оплатить
              </Button>
            ) : (
              <span className="hint">Оплата в УК</span>
            )
          }
        >
          <span className="money">{formatMoney(account.amount)}</span>
        </List.Item>
      ))}
      <List.Item extra={<span className="money">{formatMoney(premise.total)}</span>}>Итого</List.Item>
    </List>
  );
}
