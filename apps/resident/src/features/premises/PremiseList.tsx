import { List } from 'antd-mobile';
import { CheckOutline } from 'antd-mobile-icons';
import { premiseTypeLabel, roleLabel } from '../../shared/labels';
import type { ResidentPremise } from '../../shared/resident-types';
import { PremiseTypeIcon } from './PremiseTypeIcon';

type Props = {
  premises: readonly ResidentPremise[];
  currentId: string | undefined;
  onChoose(id: string): void;
};

/**
 * APP-2: the premises in service, earliest linked first (the server's order), a check on the
 * current one; a tap switches to it.
 * Extension point: the object's image as background, unread notifications and the billed sum
 * (issue 12: brands and balances) join each item once the server sends them.
 */
export function PremiseList({ premises, currentId, onChoose }: Props) {
  return (
    <section aria-label="Мои помещения">
      <List header="Помещения">
        {premises.map((premise) => {
          const current = premise.id === currentId;
          const type = premiseTypeLabel(premise.type);
          return (
            <List.Item
              key={premise.id}
              prefix={<PremiseTypeIcon type={premise.type} label={type} />}
              description={
                <>
                  <div>{premise.address}</div>
                  <div>{roleLabel(premise.role)}</div>
                </>
              }
              extra={current ? <CheckOutline className="check" aria-label="Выбрано" role="img" /> : null}
              aria-current={current ? 'true' : undefined}
              onClick={() => onChoose(premise.id)}
              arrowIcon={false}
            >
              {premise.objectName}
            </List.Item>
          );
        })}
      </List>
    </section>
  );
}
