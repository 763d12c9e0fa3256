import { AgreementView } from '../features/about/AgreementView';
import { LoadFailed } from '../shared/LoadFailed';
import { Loading } from '../shared/Loading';
import { useMe } from '../shared/me';
import { Screen } from '../shared/Screen';

/** APP-1 (12) «О приложении» → «Пользовательское соглашение». */
export function AgreementRoute() {
  const me = useMe();
  return (
    <Screen title="Пользовательское соглашение" back="/about">
      {me.data ? (
        <AgreementView operator={me.data.organization.name} app={me.data.organization.brand.name} />
      ) : me.isError ? (
        <LoadFailed error={me.error} />
      ) : (
        <Loading />
      )}
    </Screen>
  );
}
