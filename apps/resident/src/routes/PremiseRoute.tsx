import { useParams } from 'react-router';
import { MetersBlock } from '../features/meters/MetersBlock';
import { usePremiseCard } from '../features/premises/api';
import { PremiseCardView } from '../features/premises/PremiseCardView';
import { LoadFailed } from '../shared/LoadFailed';
import { Loading } from '../shared/Loading';
import { Screen } from '../shared/Screen';

/** APP-3 «Мое помещение», opened by «О помещении» on the profile: the card, then its meters. */
export function PremiseRoute() {
  const { id } = useParams();
  const card = usePremiseCard(id);
  return (
    <Screen title="Мое помещение" back="/profile">
      {card.data ? (
        <>
          <PremiseCardView premise={card.data} />
          <MetersBlock premiseId={card.data.id} />
        </>
      ) : card.isError ? (
        <LoadFailed error={card.error} />
      ) : (
        <Loading />
      )}
    </Screen>
  );
}
