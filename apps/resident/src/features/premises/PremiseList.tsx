import { Badge, List } from 'antd-mobile';
import { CheckOutline } from 'antd-mobile-icons';
import type { CSSProperties, ReactNode } from 'react';
import { premiseTypeLabel, roleLabel } from '../../shared/labels';
import { formatMoney } from '../../shared/money';
import type { ResidentListedPremise } from '../../shared/resident-types';
import { PremiseTypeIcon } from './PremiseTypeIcon';

type Props = {
  premises: readonly ResidentListedPremise[];
  currentId: string | undefined;
  /** The list's heading: the organisation's brand (T-3). */
  header: ReactNode;
  /** The organisation's name, for screen readers. */
  label: string;
  onChoose(premise: ResidentListedPremise): void;
};

/**
 * APP-2: one organisation's premises in service, earliest linked first (the server's order), with
 * the sum due and unread notifications, a check on the current one, the object's image as the
 * background; a tap switches to it (and the app to its brand).
 */
export function PremiseList({ premises, currentId, header, label, onChoose }: Props) {
  return (
    <List header={header} aria-label={label}>
      {premises.map((premise) => {
        const current = premise.id === currentId;
        const type = premiseTypeLabel(premise.type);
        const unread = premise.unreadNotifications;
        return (
          <List.Item
            key={premise.id}
            className={premise.imageUrl ? 'premise-item premise-item-image' : 'premise-item'}
            style={imageStyle(premise.imageUrl)}
            prefix={<PremiseTypeIcon type={premise.type} label={type} />}
            description={
              <>
                <div>{premise.address}</div>
                <div>{roleLabel(premise.role)}</div>
                {premise.due && <div className="premise-due">К оплате: {formatMoney(premise.due)}</div>}
              </>
            }
            extra={current ? <CheckOutline className="check" aria-label="Выбрано" role="img" /> : null}
            aria-current={current ? 'true' : undefined}
            onClick={() => onChoose(premise)}
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
  );
}

/** The object's picture behind the text; the address is the server's own (a public, immutable file). */
function imageStyle(url: string | null): CSSProperties | undefined {
  return url ? ({ '--premise-image': `url("${encodeURI(url)}")` } as CSSProperties) : undefined;
}
