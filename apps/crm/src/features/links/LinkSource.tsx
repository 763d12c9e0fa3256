import { LINK_SOURCES, type PremiseLink } from '@domovoy/contract';
import { Typography } from 'antd';
import { formatDate } from '../../shared/format';
import { Pii } from '../../shared/Pii';

/**
 * L-4 on both cards' link tables: where the link came from (CRM, the resident app, an import), when,
 * and who added it — the staff member, or the resident, whose name is personal data the server
 * masks for a role without «ФИО» (R-3; the asterisks say why on hover).
 */
/** Room for «Приложение · 07.12.2026» on one line; the name wraps under it. */
export const LINK_SOURCE_WIDTH = 190;

export function LinkSource({ link }: { link: Pick<PremiseLink, 'addedBy' | 'createdAt'> }) {
  const { kind, name } = link.addedBy;
  return (
    <div>
      <div style={{ whiteSpace: 'nowrap' }}>
        {LINK_SOURCES[kind]}
        <Typography.Text type="secondary"> · {formatDate(link.createdAt)}</Typography.Text>
      </div>
      {name && (
        <Typography.Text type="secondary">
          {kind === 'resident' ? <Pii value={name} kind="name" /> : name}
        </Typography.Text>
      )}
    </div>
  );
}
