import { Button, Form, Toast } from 'antd-mobile';
import { useEffect, useState } from 'react';
import type { ResidentPremise } from '../../shared/resident-types';
import { useAddPerson, usePremisePeople } from './api';
import { showServerErrors } from './form-errors';
import { PremiseField, RentDateField, RoleField } from './LinkFields';
import { PersonFields } from './PersonFields';
import { addableRolesFor, isChild, type NewPersonValues, newPersonBody, roleChoices } from './person-rules';
import './people.css';

const FIELDS = ['phone', 'fullName', 'birthDate', 'addressAs', 'gender', 'role', 'premiseId', 'rentDate'];

type Props = {
  /** The resident's premises (from /me); those where they may add are offered. */
  premises: readonly ResidentPremise[];
  /** The premise of the «Люди» the form was opened from. */
  premiseId?: string;
  /** «Гость»: with the events product on. */
  canAddGuests: boolean;
  /** Added: the premise they were added to (null for a guest). */
  onAdded(premiseId: string | null): void;
};

/**
 * APP-8: a new person — phone (or from the contacts), birth date, full name, gender, role, a
 * tenant's rent date and the premise; a child (under 18 by the birth date) gets how to address
 * them instead of phone and name, and only «Житель / член семьи» or «Гость».
 */
export function NewPersonForm({ premises, premiseId, canAddGuests, onAdded }: Props) {
  const [form] = Form.useForm<NewPersonValues>();
  const add = useAddPerson();
  const [alert, setAlert] = useState<string | null>(null);
  const mine = premises.filter((p) => addableRolesFor(p.role).length > 0);
  const initialPremise = premiseId ?? (mine.length === 1 ? mine[0]?.id : undefined);

  const birthDate = Form.useWatch('birthDate', form);
  const role = Form.useWatch('role', form);
  const chosenPremise = Form.useWatch('premiseId', form) ?? initialPremise;
  const child = isChild(birthDate);
  const premisePeople = usePremisePeople(chosenPremise);
  const myRole = premises.find((p) => p.id === chosenPremise)?.role;
  const addableRoles = chosenPremise
    ? (premisePeople.data?.addableRoles ?? (myRole ? addableRolesFor(myRole) : []))
    : [...new Set(mine.flatMap((p) => addableRolesFor(p.role)))];
  const roles = roleChoices({ addableRoles, canAddGuests, child });

  // A role the form no longer offers (a child, another premise) gives way to the first offered.
  const fallbackRole = roles[0];
  useEffect(() => {
    if (fallbackRole && (role === undefined || !roles.includes(role)))
      form.setFieldValue('role', fallbackRole);
  }, [role, roles, fallbackRole, form]);

  const save = async (values: NewPersonValues) => {
    setAlert(null);
    try {
      await add.mutateAsync(newPersonBody({ ...values, premiseId: values.premiseId ?? chosenPremise }));
      Toast.show({ content: 'Человек добавлен', icon: 'success' });
      onAdded(values.role === 'guest' ? null : (values.premiseId ?? chosenPremise ?? null));
    } catch (error) {
      setAlert(showServerErrors(form, error, FIELDS));
    }
  };

  const withPremise = role !== undefined && role !== 'guest' && mine.length > 0;
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
            Готово
          </Button>
        </>
      }
    >
      <PersonFields form={form} child={child} withPhone />
      <RoleField roles={roles} />
      {role === 'tenant' && !child && <RentDateField />}
      {withPremise && <PremiseField premises={mine} />}
    </Form>
  );
}
