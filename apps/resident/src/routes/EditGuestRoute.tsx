import { useNavigate, useParams, useSearchParams } from 'react-router';
import { usePerson } from '../features/people/api';
import { EditGuestForm } from '../features/people/EditGuestForm';
import { LoadFailed } from '../shared/LoadFailed';
import { Loading } from '../shared/Loading';
import { Screen } from '../shared/Screen';

/** APP-7: the resident's own guest edited. */
export function EditGuestRoute() {
  const navigate = useNavigate();
  const { clientId } = useParams();
  const [params] = useSearchParams();
  const premiseId = params.get('premise');
  const back = `/people/${clientId}${premiseId ? `?premise=${premiseId}` : ''}`;
  const person = usePerson(clientId);
  return (
    <Screen title="Изменить данные" back={back}>
      {person.data ? (
        <EditGuestForm person={person.data} onSaved={() => navigate(back, { replace: true })} />
      ) : person.isError ? (
        <LoadFailed error={person.error} />
      ) : (
        <Loading />
      )}
    </Screen>
  );
}
