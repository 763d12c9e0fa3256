import { Toast } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { RequestPremiseForm } from '../features/premises/RequestPremiseForm';
import { useMe } from '../shared/me';
import { Screen } from '../shared/Screen';

/** AUTH-2: the request to add a premise, opened by «+» in «Мои помещения». */
export function AddPremiseRoute() {
  const navigate = useNavigate();
  const me = useMe();
  return (
    <Screen title="Добавить помещение" back="/premises">
      <p className="hint padded">
        Управляющая компания проверит заявку и добавит помещение; до этого оно видно среди заявок.
      </p>
      <RequestPremiseForm
        askName={me.data ? me.data.client === null : false}
        onSent={() => {
          Toast.show({ content: 'Заявка отправлена', icon: 'success' });
          navigate('/premises');
        }}
      />
    </Screen>
  );
}
