import { Button, Toast } from 'antd-mobile';
import { AddOutline } from 'antd-mobile-icons';
import { useNavigate } from 'react-router';
import { useAllPremises } from '../features/premises/api';
import { OrganizationHeader } from '../features/premises/OrganizationHeader';
import { PayAll } from '../features/premises/PayAll';
import { PendingRequests } from '../features/premises/PendingRequests';
import { PremiseList } from '../features/premises/PremiseList';
import { switchToPremise } from '../features/premises/switch-organization';
import { errorText } from '../shared/api-client';
import { useOrganization } from '../shared/app-context';
import { useCurrentPremise } from '../shared/current-premise';
import { ErrorBlock } from '../shared/ErrorBlock';
import { LoadFailed } from '../shared/LoadFailed';
import { Loading } from '../shared/Loading';
import { useMe } from '../shared/me';
import type { ResidentListedPremise } from '../shared/resident-types';
import { Screen } from '../shared/Screen';

/**
 * APP-2: premises in service in every organisation of the account (T-3: this one first, each under
 * its brand) and pending requests; «+» opens the request form (AUTH-2). A premise of another
 * organisation switches the app to it, brand and all.
 */
export function PremisesRoute() {
  const navigate = useNavigate();
  const organization = useOrganization();
  const me = useMe();
  const all = useAllPremises();
  const { current, choose } = useCurrentPremise(organization, me.data?.premises);
  const add = () => navigate('/premises/request');
  const open = async (slug: string, premise: ResidentListedPremise) => {
    if (slug === organization) return choose(premise.id);
    Toast.show({ icon: 'loading', content: 'Переключение…', duration: 0 });
    try {
      await switchToPremise(organization, slug, premise);
    } catch (error) {
      Toast.show({ icon: 'fail', content: errorText(error) });
    }
  };
  const groups = all.data?.organizations.filter((o) => o.premises.length > 0) ?? [];
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
      {me.data && all.data ? (
        <>
          {groups.length > 0 ? (
            <section aria-label="Мои помещения">
              {groups.map((o) => (
                <PremiseList
                  key={o.id}
                  premises={o.premises}
                  currentId={o.current ? current?.id : undefined}
                  header={<OrganizationHeader organization={o} />}
                  label={o.brand.name}
                  onChoose={(premise) => open(o.slug, premise)}
                />
              ))}
            </section>
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
      ) : me.isError || all.isError ? (
        <LoadFailed error={me.error ?? all.error} />
      ) : (
        <Loading />
      )}
    </Screen>
  );
}
