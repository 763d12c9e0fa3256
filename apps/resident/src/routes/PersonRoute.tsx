import { useNavigate, useParams, useSearchParams } from 'react-router';
import { usePerson } from '../features/people/api';
import { PersonCardView } from '../features/people/PersonCardView';
import { LoadFailed } from '../shared/LoadFailed';
import { Loading } from '../shared/Loading';
import { useMe } from '../shared/me';
import { Screen } from '../shared/Screen';

/** Where a person's screens go back to: the premise's «Люди» they were opened from, or «Все». */
export const peopleOrigin = (premiseId: string | null) =>
  premiseId ? `/people?premise=${premiseId}` : '/people/all';

/** APP-7: another user's card, opened from «Люди» (`?premise=`) or «Все». */
export function PersonRoute() {
  const navigate = useNavigate();
  const { clientId } = useParams();
  const [params] = useSearchParams();
  const premiseId = params.get('premise');
  const query = premiseId ? `?premise=${premiseId}` : '';
  const person = usePerson(clientId);
  const me = useMe();
  const back = peopleOrigin(premiseId);
  return (
    <Screen title="Пользователь" back={back}>
      {person.data ? (
        <PersonCardView
          person={person.data}
          organizationName={me.data?.organization.brand.name ?? 'Домовой'}
          onPremises={() => navigate(`/people/${clientId}/premises${query}`)}
          onEdit={() => navigate(`/people/${clientId}/edit${query}`)}
          onDeleted={() => navigate(back, { replace: true })}
        />
      ) : person.isError ? (
        <LoadFailed error={person.error} />
      ) : (
        <Loading />
      )}
    </Screen>
  );
}
