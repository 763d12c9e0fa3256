import { Tabs } from 'antd-mobile';
import { useNavigate, useSearchParams } from 'react-router';
import { AccessList } from '../features/people/AccessList';
import { AddPeopleButton } from '../features/people/AddPeopleButton';
import { usePeopleAll } from '../features/people/api';
import { PeopleAllList } from '../features/people/PeopleAllList';
import { addableRolesFor } from '../features/people/person-rules';
import { LoadFailed } from '../shared/LoadFailed';
import { Loading } from '../shared/Loading';
import { useMe } from '../shared/me';
import { Screen } from '../shared/Screen';

/**
 * APP-6 «Все»: everyone sharing a premise with the resident plus their guests, and «Доступы» —
 * the resident's premises with their role (a tap opens that premise's «Люди»). With no premises
 * (3) only the guests, without tabs. «+» adds to a premise or, with events, a guest.
 */
export function PeopleAllRoute() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const all = usePeopleAll();
  const premises = me.data?.premises ?? [];
  const canAdd = premises.some((p) => addableRolesFor(p.role).length > 0);
  const canAddGuests = all.data?.canAddGuests ?? false;
  const tab = params.get('tab') === 'access' ? 'access' : 'all';

  const list = all.data ? (
    <PeopleAllList
      people={all.data.people}
      empty={
        canAdd && canAddGuests
          ? 'Добавьте гостей для участия в мероприятиях или людей для управления помещениями'
          : canAdd
            ? 'Добавьте людей для управления помещениями'
            : canAddGuests
              ? 'Добавьте гостей для участия в мероприятиях'
              : ''
      }
      onOpen={(person) => navigate(`/people/${person.clientId}`)}
    />
  ) : all.isError ? (
    <LoadFailed error={all.error} />
  ) : (
    <Loading />
  );
  const add = (canAdd || canAddGuests) && all.data && (
    <AddPeopleButton
      onNew={() => navigate('/people/new')}
      onChoose={(clientId) => navigate(`/people/${clientId}/add`)}
    />
  );

  if (!me.data)
    return (
      <Screen title="Люди" back="/profile">
        {me.isError ? <LoadFailed error={me.error} /> : <Loading />}
      </Screen>
    );
  return (
    <Screen title="Люди" back="/profile">
      {premises.length === 0 ? (
        <>
          {list}
          {add}
        </>
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'access' ? { tab: 'access' } : {}, { replace: true })}
        >
          <Tabs.Tab title="Все" key="all">
            {list}
            {add}
          </Tabs.Tab>
          <Tabs.Tab title="Доступы" key="access">
            <AccessList premises={premises} onOpen={(id) => navigate(`/people?premise=${id}`)} />
          </Tabs.Tab>
        </Tabs>
      )}
    </Screen>
  );
}
