import { useNavigate, useParams, useSearchParams } from 'react-router';
import { AddChosenForm } from '../features/people/AddChosenForm';
import { usePerson } from '../features/people/api';
import { LoadFailed } from '../shared/LoadFailed';
import { Loading } from '../shared/Loading';
import { useMe } from '../shared/me';
import { showsGuests } from '../shared/products';
import { Screen } from '../shared/Screen';
import { peopleOrigin } from './PersonRoute';

/**
 * APP-8: a person picked among those the resident added before (from «Люди» or «Все»), or from
 * their card's «Доступ к помещениям» (`?to=premise`): the role and the premise.
 */
export function AddChosenRoute() {
  const navigate = useNavigate();
  const { clientId } = useParams();
  const [params] = useSearchParams();
  const premiseId = params.get('premise');
  const fromCard = params.get('to') === 'premise';
  const query = premiseId ? `?premise=${premiseId}` : '';
  const back = fromCard ? `/people/${clientId}/premises${query}` : peopleOrigin(premiseId);
  const person = usePerson(clientId);
  const me = useMe();
  return (
    <Screen title={person.data?.name ?? 'Добавить'} back={back}>
      {person.data && me.data ? (
        <AddChosenForm
          person={person.data}
          premiseId={fromCard ? undefined : (premiseId ?? undefined)}
          canAddGuests={!fromCard && showsGuests(me.data)}
          onAdded={() => navigate(back, { replace: true })}
        />
      ) : person.isError || me.isError ? (
        <LoadFailed error={person.error ?? me.error} />
      ) : (
        <Loading />
      )}
    </Screen>
  );
}
