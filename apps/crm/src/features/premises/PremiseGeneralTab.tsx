import type { Premise } from '@domovoy/contract';
import { Alert, App, Button, Flex, Form, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ActorStamp } from '../../shared/ActorStamp';
import { errorText, showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { useCan } from '../../shared/session';
import { differs, useLeaveGuard } from '../../shared/use-leave-guard';
import { useSaveShortcut } from '../../shared/use-save-shortcut';
import { useDeletePremise, useUpdatePremise } from './api';
import { PremiseFields } from './PremiseFields';
import { formToPremise, type PremiseFormValues, premiseToForm } from './premise-form';

type Props = { premise: Premise; linkCount: number | undefined; onDeleted(): void };

/** P-6: «Общие сведения» — edit, Ctrl+S saves; P-7: delete with what goes along. */
export function PremiseGeneralTab({ premise, linkCount, onDeleted }: Props) {
  const [form] = Form.useForm<PremiseFormValues>();
  const can = useCan();
  const { message, modal } = App.useApp();
  const update = useUpdatePremise(premise.id);
  const remove = useDeletePremise(premise.id);
  const [problems, setProblems] = useState<string[]>([]);
  const editable = can('premises.edit');

  useEffect(() => {
    form.setFieldsValue(premiseToForm(premise));
  }, [form, premise]);
  useSaveShortcut(() => form.submit(), editable);
  const releaseLeave = useLeaveGuard(
    () =>
      editable && differs(formToPremise(form.getFieldsValue(true)), formToPremise(premiseToForm(premise))),
  );

  const submit = (values: PremiseFormValues) => {
    setProblems([]);
    update.mutate(formToPremise(values), {
      onSuccess: () => message.success('Сохранено'),
      onError: (error) => setProblems(showFieldErrors(form, error)),
    });
  };

  const confirmDelete = () =>
    modal.confirm({
      title: 'Удалить помещение?',
      content: (
        <>
          <Typography.Paragraph>{premise.fullAddress}</Typography.Paragraph>
          <Typography.Paragraph>
            Вместе с помещением будут удалены его лицевые счета ({premise.accountNumbers.length}) со всеми
            начислениями и показаниями, документы и привязки клиентов
            {linkCount === undefined ? '' : ` (${linkCount})`}. Жители потеряют доступ к помещению в
            приложении. Отменить удаление нельзя.
          </Typography.Paragraph>
        </>
      ),
      okText: 'Удалить',
      okButtonProps: { danger: true },
      cancelText: 'Отмена',
      // mutateAsync settles even if this tab unmounts meanwhile (mutate's callbacks would not).
      onOk: () =>
        remove.mutateAsync().then(
          () => {
            message.success('Помещение удалено');
            releaseLeave();
            onDeleted();
          },
          (error: unknown) => message.error(errorText(error)),
        ),
    });

  return (
    <Form<PremiseFormValues>
      form={form}
      onValuesChange={clearErrorsOnChange(form)}
      layout="vertical"
      onFinish={submit}
      disabled={!editable}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      <PremiseFields mode="edit" canCreateTags={can('tags.create')} />
      <Flex className="sticky-actions" justify="space-between" align="center" wrap gap={8}>
        <ActorStamp {...premise} />
        {editable && (
          <Flex gap={8}>
            <Button danger onClick={confirmDelete}>
              Удалить помещение
            </Button>
            <Button type="primary" htmlType="submit" loading={update.isPending} title="Ctrl+S">
              Сохранить
            </Button>
          </Flex>
        )}
      </Flex>
    </Form>
  );
}
