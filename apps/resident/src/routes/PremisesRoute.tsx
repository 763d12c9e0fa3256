import { Button, ErrorBlock } from 'antd-mobile';
import { AddOutline } from 'antd-mobile-icons';
import { useNavigate } from 'react-router';
import { useUnreadByPremise } from '../features/notifications/api';
import { usePayments } from '../features/premises/api';
import { PayAll } from '../features/premises/PayAll';
import { PendingRequests } from '../features/premises/PendingRequests';
import { PremiseList } from '../features/premises/PremiseList';
import { useOrganization } from '../shared/app-context';
import { useCurrentPremise } from '../shared/current-premise';
import { LoadFailed, Loading } from '../shared/Loading';
import { useMe } from '../shared/me';
import { Screen } from '../shared/Screen';

/** APP-2: premises in service and pending requests; «+» opens the request form (AUTH-2). */
export function PremisesRoute() {
  const navigate = useNavigate();
  const organization = useOrganization();
  const me = useMe();
  const { current, choose } = useCurrentPremise(organization, me.data?.premises);
  const payments = usePayments();
  const dueByPremise = new Map(payments.data?.premises.map((p) => [p.premiseId, p.total]));
  const unread = useUnreadByPremise();
  const add = () => navigate('/premises/request');
  return (
    <Screen
      title="Мои помещения"
      back="/profile"
      right={
        <Button fill="none" size="small" aria-label="Добавить помещение" onClick={add}>
          <AddOutline fontSize={22} />
        </Button>
      }
    >
      {me.data ? (
        <>
          {me.data.premises.length > 0 ? (
            <PremiseList
              premises={me.data.premises}
              currentId={current?.id}
              dueByPremise={dueByPremise}
              unreadByPremise={unread.data}
              onChoose={choose}
            />
          ) : (
            <ErrorBlock
              status="empty"
              title="Помещений пока нет"
              description="Отправьте заявку — управляющая компания проверит её и добавит помещение"
            >
              <Button color="primary" onClick={add}>
                Добавить помещение
              </Button>
            </ErrorBlock>
          )}
          <PayAll />
          <PendingRequests requests={me.data.requests} />
        </>
      ) : me.isError ? (
        <LoadFailed error={me.error} />
      ) : (
        <Loading />
      )}
    </Screen>
  );
}
