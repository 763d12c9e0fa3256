import { type Account, type AccountBody, normalizeEls } from '@domovoy/contract';
import { Alert, App, Button, Checkbox, Flex, Form, Input, Modal, Select, Table } from 'antd';
import { useEffect, useState } from 'react';
import { errorText, showFieldErrors } from '../../shared/errors';
import { checkedBy, clearErrorsOnChange } from '../../shared/field-rules';
import { emptyToNull } from '../../shared/format';
import { useLegalEntities } from '../../shared/lookups';
import { useCan } from '../../shared/session';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { useAccounts, useDeleteAccount, useSaveAccount } from './api';

// APP-2: the sum due as the accounting system sent it (integration API), read-only here.
const moneyFormat = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const monthFormat = new Intl.DateTimeFormat('ru-RU', { month: 'long', year: 'numeric' });

/** A-1, A-2: the premise's personal accounts; add, edit, delete. */
export function AccountsTab({ premiseId }: { premiseId: string }) {
  const accounts = useAccounts(premiseId);
  const can = useCan();
  const { modal, message } = App.useApp();
  const remove = useDeleteAccount();
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const editable = can('premises.edit');

  if (accounts.error) return <Alert type="error" showIcon title={errorText(accounts.error)} />;
  return (
    <>
      {editable && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" onClick={() => setEditing('new')}>
            Добавить лицевой счёт
          </Button>
        </Flex>
      )}
      <Table<Account>
        rowKey="id"
        size="middle"
        loading={accounts.isPending}
        dataSource={accounts.data}
        pagination={false}
        locale={{ emptyText: 'Лицевых счетов нет' }}
        columns={[
          { key: 'number', title: 'Номер', dataIndex: 'number' },
          { key: 'le', title: 'Юрлицо', dataIndex: 'legalEntityName' },
          { key: 'els', title: 'ЕЛС', render: (_, a) => a.els ?? '—' },
          { key: 'ext', title: 'Внешний идентификатор', render: (_, a) => a.externalId ?? '—' },
          {
            key: 'balance',
            title: 'К оплате',
            align: 'right',
            render: (_, a) =>
              a.balance
                ? `${moneyFormat.format(Number(a.balance.amount))} ₽ за ${monthFormat.format(new Date(`${a.balance.period}-01T00:00:00`))}`
                : '—',
          },
          {
            key: 'hidden',
            title: 'В ЛК жителя',
            render: (_, a) => (a.hiddenFromResidents ? 'не отображается' : 'отображается'),
          },
          {
            key: 'actions',
            width: 220,
            render: (_, a) =>
              editable && (
                <Flex gap={8}>
                  <Button size="small" onClick={() => setEditing(a)}>
                    Изменить
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() =>
                      modal.confirm({
                        title: `Удалить лицевой счёт ${a.number}?`,
                        content:
                          'Вместе со счётом будут удалены его начисления, показания счётчиков и всё, что к нему привязано.',
                        okText: 'Удалить',
                        okButtonProps: { danger: true },
                        cancelText: 'Отмена',
                        onOk: () =>
                          remove.mutateAsync(a.id).catch((error: unknown) => message.error(errorText(error))),
                      })
                    }
                  >
                    Удалить
                  </Button>
                </Flex>
              ),
          },
        ]}
      />
      {editing && (
        <AccountModal
          premiseId={premiseId}
          account={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

type Values = {
  legalEntityId?: string;
  number?: string;
  els?: string;
  externalId?: string;
  hiddenFromResidents?: boolean;
};

function AccountModal({
  premiseId,
  account,
  onClose,
}: {
  premiseId: string;
  account?: Account;
  onClose(): void;
}) {
  const [form] = Form.useForm<Values>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const legalEntities = useLegalEntities();
  const save = useSaveAccount(premiseId);
  const [problems, setProblems] = useState<string[]>([]);
  // Opened before the legal entities arrived (a card opened on this tab): the first one, once known.
  const firstLegalEntity = legalEntities.data?.[0]?.id;
  useEffect(() => {
    // setFields, not setFieldValue: a default is not the user's input (Esc closes without asking).
    if (firstLegalEntity && !form.getFieldValue('legalEntityId'))
      form.setFields([{ name: 'legalEntityId', value: firstLegalEntity }]);
  }, [firstLegalEntity, form]);
  const submit = (values: Values) => {
    const body: AccountBody = {
      legalEntityId: values.legalEntityId ?? '',
      number: values.number?.trim() ?? '',
      els: emptyToNull(values.els),
      externalId: emptyToNull(values.externalId),
      hiddenFromResidents: values.hiddenFromResidents ?? false,
    };
    setProblems([]);
    save.mutate(
      { id: account?.id, body },
      { onSuccess: onClose, onError: (error) => setProblems(showFieldErrors(form, error)) },
    );
  };
  return (
    <Modal
      open
      title={account ? `Лицевой счёт ${account.number}` : 'Новый лицевой счёт'}
      okText="Сохранить"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={save.isPending}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          legalEntityId: account?.legalEntityId ?? legalEntities.data?.[0]?.id,
          number: account?.number,
          els: account?.els ?? undefined,
          externalId: account?.externalId ?? undefined,
          hiddenFromResidents: account?.hiddenFromResidents ?? false,
        }}
      >
        <Form.Item
          label="Юрлицо"
          name="legalEntityId"
          rules={[{ required: true, message: 'Выберите юрлицо' }]}
        >
          <Select
            loading={legalEntities.isPending}
            options={legalEntities.data?.map((le) => ({ value: le.id, label: le.name }))}
          />
        </Form.Item>
        <Form.Item
          label="Номер лицевого счёта"
          name="number"
          rules={[{ required: true, whitespace: true, message: 'Введите номер' }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item label="ЕЛС (ГИС ЖКХ)" name="els" rules={[checkedBy(normalizeEls)]}>
          <Input placeholder="например, 75ДА533315" />
        </Form.Item>
        <Form.Item label="Внешний идентификатор" name="externalId">
          <Input />
        </Form.Item>
        <Form.Item name="hiddenFromResidents" valuePropName="checked">
          <Checkbox>Не отображать в ЛК жителя</Checkbox>
        </Form.Item>
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
