import { Button, Form, Popup, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useUpdateLink } from './api';
import { showServerErrors } from './form-errors';
import { RentDateField, RoleField } from './LinkFields';
import type { PersonLinkRole, PersonPremise } from './types';
import './people.css';

type Values = { role: PersonLinkRole; rentDate?: string };

type Props = {
  clientId: string;
  /** The link being changed; none — the sheet is closed. */
  link: PersonPremise | null;
  onClose(): void;
};

/** APP-7: the role of a link the resident added, and a tenant's rent date. */
export function LinkEditSheet({ clientId, link, onClose }: Props) {
  return (
    <Popup
      visible={link !== null}
      onMaskClick={onClose}
      onClose={onClose}
      showCloseButton
      destroyOnClose
      bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12 }}
    >
      {link && <LinkEditForm clientId={clientId} link={link} onDone={onClose} />}
    </Popup>
  );
}

function LinkEditForm({ clientId, link, onDone }: { clientId: string; link: PersonPremise; onDone(): void }) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateLink(clientId);
  const [alert, setAlert] = useState<string | null>(null);
  const role = Form.useWatch('role', form) ?? link.role;

  const save = async (values: Values) => {
    setAlert(null);
    try {
      await update.mutateAsync({
        premiseId: link.premiseId,
        role: values.role,
        rentDate: values.role === 'tenant' ? values.rentDate || null : null,
      });
      Toast.show({ content: 'Сохранено', icon: 'success' });
      onDone();
    } catch (error) {
      setAlert(showServerErrors(form, error, ['role', 'rentDate']));
    }
  };

  return (
    <section className="people-sheet" aria-label="Изменить доступ">
      <h2 className="people-sheet-title">{link.objectName}</h2>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ role: link.role, rentDate: link.rentDate ?? '' }}
        onFinish={save}
        onValuesChange={() => setAlert(null)}
        footer={
          <>
            {alert && (
              <p className="people-alert" role="alert">
                {alert}
              </p>
            )}
            <Button block type="submit" color="primary" loading={update.isPending}>
              Сохранить
            </Button>
          </>
        }
      >
        <RoleField roles={link.addableRoles} />
        {role === 'tenant' && <RentDateField />}
      </Form>
    </section>
  );
}
