import { List } from 'antd-mobile';
import { roleLabel } from '../../shared/labels';
import type { ResidentPremise } from '../../shared/resident-types';

/** APP-6 «Доступы»: the resident's premises with their role in each; a tap opens its «Люди». */
export function AccessList({
  premises,
  onOpen,
}: {
  premises: readonly ResidentPremise[];
  onOpen(id: string): void;
}) {
  return (
    <section aria-label="Доступы">
      <List>
        {premises.map((premise) => (
          <List.Item
            key={premise.id}
            description={
              <>
                <div className="premise-address">{premise.address}</div>
                <div>{roleLabel(premise.role)}</div>
              </>
            }
            onClick={() => onOpen(premise.id)}
            arrowIcon
          >
            {premise.objectName}
          </List.Item>
        ))}
      </List>
    </section>
  );
}
