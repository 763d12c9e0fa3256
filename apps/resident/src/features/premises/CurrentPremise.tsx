import { List } from 'antd-mobile';
import { premiseTypeLabel } from '../../shared/labels';
import type { ResidentPremise } from '../../shared/resident-types';
import { PremiseTypeIcon } from './PremiseTypeIcon';

/** APP-1 (4): the premise the app is switched to; a tap opens «Мои помещения» to switch. */
export function CurrentPremise({
  premise,
  onOpen,
}: {
  premise: ResidentPremise | undefined;
  onOpen(): void;
}) {
  return (
    <List header="Помещение">
      {premise ? (
        <List.Item
          prefix={<PremiseTypeIcon type={premise.type} label={premiseTypeLabel(premise.type)} />}
          description={premise.address}
          onClick={onOpen}
          arrowIcon
        >
          {premise.objectName}
        </List.Item>
      ) : (
        <List.Item description="Отправьте заявку на добавление помещения" onClick={onOpen} arrowIcon>
          Помещений пока нет
        </List.Item>
      )}
    </List>
  );
}
