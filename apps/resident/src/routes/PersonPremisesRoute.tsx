import { useNavigate, useParams, useSearchParams } from 'react-router';
import { AddPeopleFab } from '../features/people/AddPeopleButton';
import { usePerson } from '../features/people/api';
import { PersonPremisesView } from '../features/people/PersonPremisesView';
import { LoadFailed } from '../shared/LoadFailed';
import { Loading } from '../shared/Loading';
import { Screen } from '../shared/Screen';

/**
 * APP-7 «Доступ к помещениям» of a person; «+» adds them to another premise of the resident's
 * (owners and unconfirmed owners, APP-8).
 */
export function PersonPremisesRoute() {
  const navigate = useNavigate();
  const { clientId } = useParams();
  const [params] = useSearchParams();
  const premiseId = params.get('premise');
  const query = premiseId ? `?premise=${premiseId}` : '';
  const person = usePerson(clientId);
  return (
    <Screen title="Доступ к помещениям" back={`/people/${clientId}${query}`}>
      {person.data ? (
        <>
          <PersonPremisesView person={person.data} />
          {person.data.addablePremises.length > 0 && (
            <AddPeopleFab
              label="Добавить в помещение"
              onClick={() =>
                navigate(`/people/${clientId}/add?to=premise${premiseId ? `&premise=${premiseId}` : ''}`)
              }
            />
          )}
        </>
      ) : person.isError ? (
        <LoadFailed error={person.error} />
      ) : (
        <Loading />
      )}
    </Screen>
  );
}
