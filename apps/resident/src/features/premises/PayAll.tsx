import { Button, List, Popup } from 'antd-mobile';
import { useState } from 'react';
import { formatMoney, formatPeriod } from '../../shared/money';
import { usePayments } from './api';

/**
 * APP-2 «Оплатить все»: a bottom drawer with the sums due per premise and a button per legal
 * entity's payment page (opened in the browser: the app never sees card data). Hidden when
 * nothing is due.
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
          {data.premises.map((premise) => (
            <List key={premise.premiseId} header={`${premise.objectName}, ${premise.address}`}>
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
          ))}
        </section>
      </Popup>
    </>
  );
}
