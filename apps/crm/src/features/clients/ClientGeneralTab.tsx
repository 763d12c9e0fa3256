import type { Client } from '@domovoy/contract';
import { Alert, App, Button, Flex, Form, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ActorStamp } from '../../shared/ActorStamp';
import { ApiError } from '../../shared/api-client';
import { errorText, showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { useCan } from '../../shared/session';
import { useLeaveGuard } from '../../shared/use-leave-guard';
import { useSaveShortcut } from '../../shared/use-save-shortcut';
import { useMergeClient, useUpdateClient } from './api';
import { ClientFields } from './ClientFields';
import { type ClientFormValues, clientChanges, clientToForm } from './client-form';
import { PhoneTakenAlert } from './PhoneTakenAlert';

/** C-6: every field of the card; only what changed is sent (R-3: hidden fields stay untouched). */
export function ClientGeneralTab({ client }: { client: Client }) {
  const [form] = Form.useForm<ClientFormValues>();
  const can = useCan();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const update = useUpdateClient(client.id);
  const merge = useMergeClient(client.id);
  const [problems, setProblems] = useState<string[]>([]);
  const [conflictId, setConflictId] = useState<string>();
  const editable = can('clients.edit');

  useEffect(() => {
    form.setFieldsValue(clientToForm(client));
  }, [form, client]);
  useSaveShortcut(() => form.submit(), editable);
  const releaseLeave = useLeaveGuard(
    () => editable && Object.keys(clientChanges(client, form.getFieldsValue(true))).length > 0,
  );

  const submit = (values: ClientFormValues) => {
    setProblems([]);
    setConflictId(undefined);
    const patch = clientChanges(client, values);
    if (Object.keys(patch).length === 0) {
      message.info('Изменений нет');
      return;
    }
    update.mutate(patch, {
      onSuccess: () => message.success('Сохранено'),
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'PHONE_TAKEN' && error.problem.conflictId) {
          setConflictId(error.problem.conflictId);
          form.setFields([{ name: 'phone', errors: [error.problem.title] }]);
        } else setProblems(showFieldErrors(form, error));
      },
    });
  };

  const confirmMerge = (intoClientId: string) =>
    modal.confirm({
      title: 'Объединить карточки?',
      width: 520,
      content: (
        <Typography.Paragraph>
          Эта карточка («{client.fullName}») будет заменена карточкой клиента, у которого этот номер. Тот
          клиент сохранит свой телефон и пароль от приложения; помещения, внешние идентификаторы, заявки и
          история обеих карточек останутся у него. Эта карточка исчезнет. Отменить объединение нельзя.
        </Typography.Paragraph>
      ),
      okText: 'Объединить',
      cancelText: 'Отмена',
      onOk: () =>
        merge.mutateAsync(intoClientId).then(
          () => {
            message.success('Карточки объединены');
            releaseLeave();
            navigate(`/clients/${intoClientId}`, { replace: true });
          },
          (error: unknown) => message.error(errorText(error)),
        ),
    });

  return (
    <Form<ClientFormValues>
      form={form}
      onValuesChange={clearErrorsOnChange(form)}
      layout="vertical"
      onFinish={submit}
      disabled={!editable}
    >
      {conflictId && (
        <PhoneTakenAlert
          conflictId={conflictId}
          onMerge={
            can('clients.pii.name') && can('clients.pii.contacts')
              ? () => confirmMerge(conflictId)
              : undefined
          }
        />
      )}
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      <ClientFields
        mode="edit"
        masked={client.masked}
        phoneEditable={client.phoneEditable}
        canCreateTags={can('tags.create')}
      />
      <Flex className="sticky-actions" justify="space-between" align="center" wrap gap={8}>
        <ActorStamp {...client} />
        {editable && (
          <Button type="primary" htmlType="submit" loading={update.isPending} title="Ctrl+S">
            Сохранить
          </Button>
        )}
      </Flex>
    </Form>
  );
}
