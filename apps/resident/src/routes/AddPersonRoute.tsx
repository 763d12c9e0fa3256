import { useNavigate, useSearchParams } from 'react-router';
import { NewPersonForm } from '../features/people/NewPersonForm';
import { LoadFailed } from '../shared/LoadFailed';
import { Loading } from '../shared/Loading';
import { useMe } from '../shared/me';
import { showsGuests } from '../shared/products';
import { Screen } from '../shared/Screen';
import { peopleOrigin } from './PersonRoute';

/** APP-8: a new person, from «Люди» of a premise (`?premise=`) or from «Все». */
export function AddPersonRoute() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const premiseId = params.get('premise');
  const me = useMe();
  const back = peopleOrigin(premiseId);
  return (
    <Screen title="Новый человек" back={back}>
      {me.data ? (
        <NewPersonForm
          premises={me.data.premises}
          premiseId={premiseId ?? undefined}
          canAddGuests={showsGuests(me.data)}
          onAdded={() => navigate(back, { replace: true })}
        />
      ) : me.isError ? (
        <LoadFailed error={me.error} />
      ) : (
        <Loading />
      )}
    </Screen>
  );
}
