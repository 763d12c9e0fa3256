import { Badge, List } from 'antd-mobile';
import { CheckOutline } from 'antd-mobile-icons';
import { premiseTypeLabel, roleLabel } from '../../shared/labels';
import { formatMoney } from '../../shared/money';
import type { ResidentPremise } from '../../shared/resident-types';
import { PremiseTypeIcon } from './PremiseTypeIcon';

type Props = {
  premises: readonly ResidentPremise[];
  currentId: string | undefined;
  /** The sum due per premise id («Оплатить все»'s data); a premise with nothing due is absent. */
  dueByPremise?: ReadonlyMap<string, string>;
  /** Unread notifications per premise id. */
  unreadByPremise?: ReadonlyMap<string, number>;
  onChoose(id: string): void;
};

/**
 * APP-2: the premises in service, earliest linked first (the server's order), with the sum due
 * and unread notifications, a check on the current one; a tap switches to it (and the app to its
 * brand). Extension point: the object's image as background (/me sends no image address yet).
 */
export function PremiseList({ premises, currentId, dueByPremise, unreadByPremise, onChoose }: Props) {
  return (
    <section aria-label="Мои помещения">
      <List header="Помещения">
        {premises.map((premise) => {
          const current = premise.id === currentId;
          const type = premiseTypeLabel(premise.type);
          const unread = unreadByPremise?.get(premise.id) ?? 0;
          return (
            <List.Item
              key={premise.id}
              prefix={<PremiseTypeIcon type={premise.type} label={type} />}
              description={
                <>
                  <div>{premise.address}</div>
                  <div>{roleLabel(premise.role)}</div>
                  {dueByPremise?.has(premise.id) && (
                    <div className="premise-due">
                      К оплате: {formatMoney(dueByPremise.get(premise.id) ?? '0')}
                    </div>
                  )}
                </>
              }
              extra={current ? <CheckOutline className="check" aria-label="Выбрано" role="img" /> : null}
              aria-current={current ? 'true' : undefined}
              onClick={() => onChoose(premise.id)}
              arrowIcon={false}
            >
              {premise.objectName}
              {unread > 0 && (
                <Badge className="premise-unread" content={unread} aria-label={`Непрочитанных: ${unread}`} />
              )}
            </List.Item>
          );
        })}
      </List>
    </section>
  );
}
