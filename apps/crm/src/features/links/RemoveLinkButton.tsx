import type { PremiseLink } from '@domovoy/contract';
import { App, Button } from 'antd';
import { errorText } from '../../shared/errors';
import { useRemoveLink } from './api';

/** L-5: remove a link after a confirmation that names who else goes (clients depending on an owner). */
export function RemoveLinkButton({ link, dependents }: { link: PremiseLink; dependents: PremiseLink[] }) {
  const { modal, message } = App.useApp();
  const remove = useRemoveLink();
  return (
    <Button
      size="small"
      danger
      onClick={() =>
        modal.confirm({
          title: `Отвязать «${link.clientName}» от помещения?`,
          content:
            dependents.length > 0
              ? `От этого собственника зависят: ${dependents.map((d) => `${d.clientName} (${d.roleLabel.toLowerCase()})`).join(', ')}. Они тоже будут отвязаны.`
              : `${link.premiseAddress}. Клиент потеряет доступ к помещению в приложении.`,
          okText: 'Отвязать',
          okButtonProps: { danger: true },
          cancelText: 'Отмена',
          onOk: () =>
            remove
              .mutateAsync({ id: link.id, withDependents: dependents.length > 0 })
              .catch((error: unknown) => message.error(errorText(error))),
        })
      }
    >
      Отвязать
    </Button>
  );
}
