import { List, Tag } from 'antd-mobile';
import { roleLabel } from '../../shared/labels';
import type { ResidentRequest } from '../../shared/resident-types';

/** APP-2: requests to add a premise that staff have not approved yet (approved ones are premises now). */
export function PendingRequests({ requests }: { requests: readonly ResidentRequest[] }) {
  const shown = requests.filter((r) => r.status !== 'approved');
  if (shown.length === 0) return null;
  return (
    <section aria-label="Заявки на добавление">
      <List header="Заявки на добавление">
        {shown.map((request) => (
          <List.Item
            key={request.id}
            description={
              <>
                {request.premiseText && <div>{request.premiseText}</div>}
                {request.requestedRole && <div>{roleLabel(request.requestedRole)}</div>}
                {request.status === 'rejected' && request.rejectReason && <div>{request.rejectReason}</div>}
              </>
            }
            extra={
              request.status === 'new' ? (
                <Tag color="warning">На рассмотрении</Tag>
              ) : (
                <Tag color="danger">Отклонена</Tag>
              )
            }
          >
            {request.addressText}
          </List.Item>
        ))}
      </List>
    </section>
  );
}
