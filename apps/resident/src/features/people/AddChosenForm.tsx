import { Button, Form, Toast } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useAddToPremise } from './api';
import { showServerErrors } from './form-errors';
import { PremiseField, RentDateField, RoleField } from './LinkFields';
import { roleChoices } from './person-rules';
import type { PersonCard, PersonRole } from './types';
import './people.css';

type Values = { role?: PersonRole; premiseId?: string; rentDate?: string };

type Props = {
  person: PersonCard;
  /** The premise of the «Люди» the resident came from. */
  premiseId?: string;
  canAddGuests: boolean;
  onAdded(premiseId: string | null): void;
};

/**
 * APP-8: a person the resident added before (or sees in «Все») given a role in one of the
 * resident's premises where they are not yet — or made a guest; «Сохранить».
 */
export function AddChosenForm({ person, premiseId, canAddGuests, onAdded }: Props) {
  const [form] = Form.useForm<Values>();
  const add = useAddToPremise(person.clientId);
  const [alert, setAlert] = useState<string | null>(null);
  const premises = person.addablePremises.map((p) => ({ ...p, id: p.premiseId }));
  const initialPremise =
    premises.find((p) => p.id === premiseId)?.id ?? (premises.length === 1 ? premises[0]?.id : undefined);
  const role = Form.useWatch('role', form);
  const chosenId = Form.useWatch('premiseId', form) ?? initialPremise;
  const chosen = premises.find((p) => p.id === chosenId);
  const roles = roleChoices({
    addableRoles: chosen?.addableRoles ?? [...new Set(premises.flatMap((p) => p.addableRoles))],
    canAddGuests: canAddGuests && !person.guest,
    child: person.child,
  });
  const fallbackRole = roles[0];
  useEffect(() => {
    if (fallbackRole && (role === undefined || !roles.includes(role)))
      form.setFieldValue('role', fallbackRole);
  }, [role, roles, fallbackRole, form]);

  const save = async (values: Values) => {
    setAlert(null);
    const chosenRole = values.role ?? fallbackRole;
    if (!chosenRole) return;
    const target = chosenRole === 'guest' ? undefined : (values.premiseId ?? initialPremise);
    try {
      await add.mutateAsync({
        role: chosenRole,
        ...(target ? { premiseId: target } : {}),
        ...(chosenRole === 'tenant' && values.rentDate ? { rentDate: values.rentDate } : {}),
      });
      Toast.show({ content: 'Сохранено', icon: 'success' });
      onAdded(target ?? null);
    } catch (error) {
      setAlert(showServerErrors(form, error, ['role', 'premiseId', 'rentDate']));
    }
  };

  if (roles.length === 0)
    return (
      <p className="padded hint">
        Добавить этого человека больше некуда: он уже есть во всех ваших помещениях.
      </p>
    );
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ role: fallbackRole, premiseId: initialPremise }}
      onFinish={save}
      onValuesChange={() => setAlert(null)}
      footer={
        <>
          {alert && (
            <p className="people-alert" role="alert">
              {alert}
            </p>
          )}
          <Button block type="submit" color="primary" size="large" loading={add.isPending}>
            Сохранить
          </Button>
        </>
      }
    >
      <RoleField roles={roles} />
      {role === 'tenant' && <RentDateField />}
      {role !== 'guest' && premises.length > 0 && <PremiseField premises={premises} />}
    </Form>
  );
}
