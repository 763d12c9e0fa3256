import { Button } from 'antd-mobile';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { AddPeopleButton } from '../features/people/AddPeopleButton';
import { usePremisePeople } from '../features/people/api';
import { PremisePeopleList } from '../features/people/PremisePeopleList';
import { useOrganization } from '../shared/app-context';
import { useCurrentPremise } from '../shared/current-premise';
import { LoadFailed } from '../shared/LoadFailed';
import { Loading } from '../shared/Loading';
import { useMe } from '../shared/me';
import { Screen } from '../shared/Screen';

/**
 * APP-6 «Люди» of a premise (`?premise=`, else the selected one; a notification's link opens it
 * too): people by role, «+» for whoever may add here (owners, unconfirmed owners; guests with
 * events). With no premises the guests' list is all there is.
 */
export function PeopleRoute() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const organization = useOrganization();
  const me = useMe();
  const { current } = useCurrentPremise(organization, me.data?.premises);
  const premiseId = params.get('premise') ?? current?.id;
  const people = usePremisePeople(premiseId);
  const premise = me.data?.premises.find((p) => p.id === premiseId);

  if (me.data && me.data.premises.length === 0) return <Navigate to="/people/all" replace />;
  const here = new Set(people.data?.groups.flatMap((g) => g.people.map((p) => p.clientId)));
  const query = `?premise=${premiseId ?? ''}`;
  return (
    <Screen
      title="Люди"
      back="/profile"
      right={
        <Button fill="none" size="small" color="primary" onClick={() => navigate('/people/all')}>
          Все
        </Button>
      }
    >
      {premise && (
        <div className="people-premise">
          {premise.objectName}, {premise.address}
        </div>
      )}
      {people.data ? (
        <>
          <PremisePeopleList
            people={people.data}
            onOpen={(person) => navigate(person.me ? '/my-data' : `/people/${person.clientId}${query}`)}
          />
          {(people.data.canAdd || people.data.canAddGuests) && (
            <AddPeopleButton
              exclude={here}
              onNew={() => navigate(`/people/new${query}`)}
              onChoose={(clientId) => navigate(`/people/${clientId}/add${query}`)}
            />
          )}
        </>
      ) : people.isError || me.isError ? (
        <LoadFailed error={people.error ?? me.error} />
      ) : (
        <Loading />
      )}
    </Screen>
  );
}
