import {
  type LegalEntity,
  type NamedItem,
  normalizeInn,
  normalizeKpp,
  normalizeOgrn,
  type ObjectItem,
  paymentUrlTemplateProblem,
} from '@domovoy/contract';
import { App, Checkbox, Form, Input, Select } from 'antd';
import { checkedBy } from '../../shared/field-rules';
import { emptyToNull } from '../../shared/format';
import { useLegalEntities, useObjectGroups, useObjects, useQuarters } from '../../shared/lookups';
import {
  type NamedKind,
  useDeleteLegalEntity,
  useDeleteNamed,
  useDeleteObject,
  useObjectBrandLogo,
  useSaveLegalEntity,
  useSaveNamed,
  useSaveObject,
} from './api';
import { uploadErrorText } from './BrandTab';
import { type LogoChoice, ObjectBrandFields } from './ObjectBrandFields';
import { SettingsList } from './SettingsList';

const required = (message: string) => [{ required: true, whitespace: true, message }];

type LegalEntityValues = {
  name: string;
  inn: string;
  kpp?: string;
  ogrn?: string;
  paymentUrlTemplate?: string;
};

/** APP-2: the same check as the server's, so a bad template is shown before saving. */
const paymentUrlRule = {
  validator: async (_: unknown, value?: string) => {
    const problem = value?.trim() ? paymentUrlTemplateProblem(value.trim()) : undefined;
    if (problem) throw new Error(problem.message);
  },
};

/** T-2: legal entities (ИНН, КПП, ОГРН checked by the server). */
export function LegalEntitiesTab() {
  const list = useLegalEntities();
  const save = useSaveLegalEntity();
  const remove = useDeleteLegalEntity();
  return (
    <SettingsList<LegalEntity, LegalEntityValues>
      items={list.data}
      loading={list.isPending}
      error={list.error}
      columns={[
        { key: 'name', title: 'Название', dataIndex: 'name' },
        { key: 'inn', title: 'ИНН', dataIndex: 'inn' },
        { key: 'kpp', title: 'КПП', render: (_, e) => e.kpp ?? '—' },
        { key: 'ogrn', title: 'ОГРН', render: (_, e) => e.ogrn ?? '—' },
      ]}
      noun={{
        add: 'Добавить юрлицо',
        title: (e) => e?.name ?? 'Новое юрлицо',
        remove: (e) => `Удалить юрлицо «${e.name}»?`,
      }}
      fields={
        <>
          <Form.Item label="Название" name="name" rules={required('Введите название')}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item label="ИНН" name="inn" rules={[...required('Введите ИНН'), checkedBy(normalizeInn)]}>
            <Input />
          </Form.Item>
          <Form.Item
            label="КПП"
            name="kpp"
            extra="Для организаций; у ИП нет"
            rules={[checkedBy(normalizeKpp)]}
          >
            <Input />
          </Form.Item>
          <Form.Item label="ОГРН / ОГРНИП" name="ogrn" rules={[checkedBy(normalizeOgrn)]}>
            <Input />
          </Form.Item>
          <Form.Item
            label="Страница оплаты"
            name="paymentUrlTemplate"
            rules={[paymentUrlRule]}
            extra="Для кнопки «Оплатить все» в приложении жителя: https-адрес, {account} — номер лицевого счёта, {sum} — сумма. Например, https://pay.example.ru/?ls={account}&sum={sum}"
          >
            <Input placeholder="https://pay.example.ru/?ls={account}&sum={sum}" />
          </Form.Item>
        </>
      }
      toForm={(e) => ({
        name: e?.name,
        inn: e?.inn,
        kpp: e?.kpp ?? undefined,
        ogrn: e?.ogrn ?? undefined,
        paymentUrlTemplate: e?.paymentUrlTemplate ?? undefined,
      })}
      save={({ id, values }, callbacks) =>
        save.mutate(
          {
            id,
            body: {
              name: values.name.trim(),
              inn: values.inn.trim(),
              kpp: emptyToNull(values.kpp),
              ogrn: emptyToNull(values.ogrn),
              paymentUrlTemplate: emptyToNull(values.paymentUrlTemplate),
            },
          },
          callbacks,
        )
      }
      saving={save.isPending}
      remove={(id) => remove.mutateAsync(id)}
    />
  );
}

type ObjectValues = {
  name: string;
  address?: string;
  groupId?: string | null;
  quarterId?: string | null;
  onlinePayment: boolean;
  brandName?: string;
  brandColor?: string | null;
  brandLogo?: LogoChoice;
};

/** T-2: objects (a residential complex or building) with group, quarter and online payment (P-5). */
export function ObjectsTab() {
  const list = useObjects();
  const groups = useObjectGroups();
  const quarters = useQuarters();
  const save = useSaveObject();
  const remove = useDeleteObject();
  const logo = useObjectBrandLogo();
  const { message } = App.useApp();
  return (
    <SettingsList<ObjectItem, ObjectValues>
      items={list.data}
      loading={list.isPending}
      error={list.error}
      columns={[
        { key: 'name', title: 'Название', dataIndex: 'name' },
        { key: 'address', title: 'Адрес', dataIndex: 'address' },
        { key: 'group', title: 'Группа', render: (_, o) => o.groupName ?? '—' },
        { key: 'quarter', title: 'Квартал', render: (_, o) => o.quarterName ?? '—' },
        { key: 'premises', title: 'Помещений', dataIndex: 'premiseCount', width: 120 },
        {
          key: 'pay',
          title: 'Оплата онлайн',
          width: 140,
          render: (_, o) => (o.onlinePayment ? 'включена' : 'выключена'),
        },
      ]}
      noun={{
        add: 'Добавить объект',
        title: (o) => o?.name ?? 'Новый объект',
        remove: (o) => `Удалить объект «${o.name}»?`,
      }}
      fields={
        <>
          <Form.Item label="Название" name="name" rules={required('Введите название')}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item label="Адрес" name="address">
            <Input />
          </Form.Item>
          <Form.Item label="Группа объектов" name="groupId">
            <Select allowClear options={groups.data?.map((g) => ({ value: g.id, label: g.name }))} />
          </Form.Item>
          <Form.Item label="Квартал" name="quarterId">
            <Select allowClear options={quarters.data?.map((q) => ({ value: q.id, label: q.name }))} />
          </Form.Item>
          <Form.Item name="onlinePayment" valuePropName="checked">
            <Checkbox>Оплата счетов онлайн</Checkbox>
          </Form.Item>
          <ObjectBrandFields />
        </>
      }
      toForm={(o) => ({
        name: o?.name,
        address: o?.address,
        groupId: o?.groupId,
        quarterId: o?.quarterId,
        onlinePayment: o?.onlinePayment ?? true,
        brandName: o?.brandName ?? undefined,
        brandColor: o?.brandColor ?? null,
        brandLogo: { url: o?.brandLogoUrl ?? null },
      })}
      save={({ id, values }, callbacks) =>
        save.mutate(
          {
            id,
            body: {
              name: values.name.trim(),
              address: values.address?.trim() ?? '',
              groupId: values.groupId ?? null,
              quarterId: values.quarterId ?? null,
              onlinePayment: values.onlinePayment,
              brandName: values.brandName?.trim() || null,
              brandColor: values.brandColor ?? null,
            },
          },
          {
            onError: callbacks.onError,
            // The object is saved: a refused logo is said, and the form closes (saving again
            // would add a new object a second time).
            onSuccess: (object) => {
              const file = values.brandLogo?.file;
              if (file === undefined) return callbacks.onSuccess();
              logo.mutate(
                { id: object.id, file },
                {
                  onSuccess: callbacks.onSuccess,
                  onError: (error) => {
                    callbacks.onSuccess();
                    message.error(`Объект сохранён, логотип — нет: ${uploadErrorText(error)}`);
                  },
                },
              );
            },
          },
        )
      }
      saving={save.isPending}
      remove={(id) => remove.mutateAsync(id)}
    />
  );
}

/** T-2: object groups and quarters — named sets of objects. */
export function NamedItemsTab({ kind }: { kind: NamedKind }) {
  const groups = useObjectGroups();
  const quarters = useQuarters();
  const list = kind === 'object-groups' ? groups : quarters;
  const save = useSaveNamed(kind);
  const remove = useDeleteNamed(kind);
  const noun = kind === 'object-groups' ? 'группу объектов' : 'квартал';
  return (
    <SettingsList<NamedItem, { name: string }>
      items={list.data}
      loading={list.isPending}
      error={list.error}
      columns={[
        { key: 'name', title: 'Название', dataIndex: 'name' },
        { key: 'objects', title: 'Объектов', dataIndex: 'objectCount', width: 120 },
      ]}
      noun={{
        add: `Добавить ${noun}`,
        title: (item) => item?.name ?? (kind === 'object-groups' ? 'Новая группа объектов' : 'Новый квартал'),
        remove: (item) => `Удалить ${noun} «${item.name}»? Объекты останутся.`,
      }}
      fields={
        <Form.Item label="Название" name="name" rules={required('Введите название')}>
          <Input autoFocus />
        </Form.Item>
      }
      toForm={(item) => ({ name: item?.name })}
      save={({ id, values }, callbacks) => save.mutate({ id, name: values.name.trim() }, callbacks)}
      saving={save.isPending}
      remove={(id) => remove.mutateAsync(id)}
    />
  );
}
