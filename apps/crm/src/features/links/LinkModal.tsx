import { LINK_ROLES, type PremiseLink } from '@domovoy/contract';
import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { clientSearchAccess, clientSearchText } from '../../shared/client-search-text';
import { showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { ClientPicker, PremisePicker } from '../../shared/Pickers';
import { useCan } from '../../shared/session';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { CreateClientModal } from '../clients/CreateClientModal';
import { useAddClientToPremise, useAddPremiseToClient, usePremiseLinks, useUpdateLink } from './api';
import { LinkFields } from './LinkFields';
import { formToLink, LINK_DEFAULTS, type LinkFormValues, linkToForm } from './link-form';

type Target =
  | { kind: 'premise'; premiseId: string }
  | { kind: 'client'; clientId: string }
  | { kind: 'edit'; link: PremiseLink };

type Values = LinkFormValues & { clientId?: string; premiseId?: string };

/** What was typed in the client search, as a new client's name or phone. */
function prefillOf(typed: string): { fullName?: string; phone?: string } {
  if (!typed) return {};
  return /\p{L}/u.test(typed) ? { fullName: typed } : { phone: typed };
}

/** L-1, L-2: add a client to a premise, a premise to a client, or edit a link. */
export function LinkModal({ target, onClose }: { target: Target; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const clientSearch = clientSearchAccess(useCan());
  const chosenPremise: string | undefined = Form.useWatch('premiseId', form);
  const premiseId =
    target.kind === 'premise'
      ? target.premiseId
      : target.kind === 'edit'
        ? target.link.premiseId
        : chosenPremise;
  const premiseLinks = usePremiseLinks(premiseId);
  const addToPremise = useAddClientToPremise(target.kind === 'premise' ? target.premiseId : '');
  const addToClient = useAddPremiseToClient(target.kind === 'client' ? target.clientId : '');
  const update = useUpdateLink();
  const [problems, setProblems] = useState<string[]>([]);
  const pending = addToPremise.isPending || addToClient.isPending || update.isPending;
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  // Issue 17: a client nobody found is created right here, with what was typed, and chosen.
  const [creating, setCreating] = useState<string>();
  const [createdLabel, setCreatedLabel] = useState<string>();

  const submit = (values: Values) => {
    setProblems([]);
    const body = formToLink(values);
    const callbacks = {
      onSuccess: onClose,
      onError: (error: unknown) => setProblems(showFieldErrors(form, error)),
    };
    if (target.kind === 'premise')
      addToPremise.mutate({ ...body, clientId: values.clientId ?? '' }, callbacks);
    else if (target.kind === 'client')
      addToClient.mutate({ ...body, premiseId: values.premiseId ?? '' }, callbacks);
    else update.mutate({ id: target.link.id, body }, callbacks);
  };

  const title =
    target.kind === 'premise'
      ? 'Добавить клиента в помещение'
      : target.kind === 'client'
        ? 'Добавить помещение клиенту'
        : `${target.link.clientName}: ${LINK_ROLES[target.link.role].label.toLowerCase()}`;
  return (
    <Modal
      open
      title={title}
      width={860}
      okText={target.kind === 'edit' ? 'Сохранить' : 'Добавить'}
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={pending}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        onFinish={submit}
        initialValues={target.kind === 'edit' ? linkToForm(target.link) : LINK_DEFAULTS}
      >
        {target.kind === 'premise' && (
          <Form.Item
            label="Клиент"
            name="clientId"
            rules={[{ required: true, message: 'Найдите и выберите клиента' }]}
            extra={clientSearchText(clientSearch, 'hint')}
          >
            <ClientPicker autoFocus initialLabel={createdLabel} onCreate={setCreating} />
          </Form.Item>
        )}
        {target.kind === 'client' && (
          <Form.Item
            label="Помещение"
            name="premiseId"
            rules={[{ required: true, message: 'Найдите и выберите помещение' }]}
            extra="Адрес: «Ленина 10 15», «10 15» или «кв 15»"
          >
            <PremisePicker autoFocus />
          </Form.Item>
        )}
        <LinkFields
          premiseLinks={premiseLinks.data ?? []}
          selfClientId={target.kind === 'edit' ? target.link.clientId : undefined}
          autoFocusRole={target.kind === 'edit'}
        />
      </Form>
      {target.kind === 'premise' && (
        <CreateClientModal
          open={creating !== undefined}
          prefill={prefillOf(creating ?? '')}
          onClose={() => setCreating(undefined)}
          onCreated={(id, client) => {
            setCreating(undefined);
            setCreatedLabel(client.phone ? `${client.fullName} · ${client.phone}` : client.fullName);
            form.setFieldValue('clientId', id);
          }}
        />
      )}
    </Modal>
  );
}

export type { Target as LinkTarget };
