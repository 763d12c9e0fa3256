import { DownloadOutlined, TagsOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Modal, Typography, theme } from 'antd';
import { type ReactNode, useState } from 'react';
import { errorText } from './errors';
import { type ListTotal, totalText, totalWithNoun } from './list-total';
import { TagSelect } from './TagSelect';
import { useDiscardGuard } from './use-discard-guard';

/** A noun in the forms Russian counts with: 1 помещение, 2 помещения, 5 помещений. */
export type Noun = readonly [one: string, few: string, many: string];

export function plural(n: number, [one, few, many]: Noun): string {
  const tens = n % 100;
  const units = n % 10;
  const form = tens >= 11 && tens <= 14 ? many : units === 1 ? one : units >= 2 && units <= 4 ? few : many;
  return `${n.toLocaleString('ru-RU')} ${form}`;
}

/** The rows ticked in a list (kept across its pages), or every row its filter finds. */
export type Selection = { ids: string[]; all: boolean };

/** The most rows ticked one by one; more are taken as «все найденные» (the filter). */
export const MAX_TICKED = 200;

export type TagChange = { add?: string[]; remove?: string[] };

type Props = {
  selection: Selection;
  /** How many rows the list's filter finds (the server's count: exact, capped or estimated). */
  total: ListTotal;
  /** What a row is, for the messages. */
  noun: Noun;
  onSelectAll(): void;
  onClear(): void;
  /** «Добавить тег», «Снять тег»: only for a role that may edit the rows. */
  tags?: { mayCreate: boolean; apply(change: TagChange): Promise<{ affected: number }> };
  /** «Экспорт выбранных»: only for a role that may export. */
  exportHref?: string;
  /** More actions (a mailing to the selection). */
  children?: ReactNode;
};

/** Issue 17: what can be done with the rows selected in a list, above the list. */
export function BulkActions({
  selection,
  total,
  noun,
  onSelectAll,
  onClear,
  tags,
  exportHref,
  children,
}: Props) {
  const { token } = theme.useToken();
  const [mode, setMode] = useState<'add' | 'remove' | null>(null);
  const count: ListTotal = selection.all ? total : { total: selection.ids.length };
  if (count.total === 0 && !selection.all) return null;
  return (
    <Flex
      role="toolbar"
      aria-label="Действия с выбранными"
      gap={8}
      align="center"
      wrap
      style={{
        marginBottom: 12,
        padding: '6px 12px',
        background: token.colorPrimaryBg,
        borderRadius: token.borderRadius,
      }}
    >
      <Typography.Text strong>
        {selection.all ? `Выбраны все найденные: ${totalText(count)}` : `Выбрано: ${count.total}`}
      </Typography.Text>
      {!selection.all && total.total > count.total && (
        <Button type="link" size="small" onClick={onSelectAll}>
          Выбрать все найденные ({totalText(total)})
        </Button>
      )}
      <Button type="link" size="small" onClick={onClear}>
        Снять выбор
      </Button>
      {tags && (
        <>
          <Button size="small" icon={<TagsOutlined />} onClick={() => setMode('add')}>
            Добавить тег
          </Button>
          <Button size="small" onClick={() => setMode('remove')}>
            Снять тег
          </Button>
        </>
      )}
      {exportHref && (
        <Button size="small" icon={<DownloadOutlined />} href={exportHref} download>
          Экспорт выбранных
        </Button>
      )}
      {children}
      {tags && mode && (
        <TagsModal
          mode={mode}
          count={count}
          noun={noun}
          mayCreate={tags.mayCreate}
          apply={tags.apply}
          onClose={() => setMode(null)}
        />
      )}
    </Flex>
  );
}

type ModalProps = {
  mode: 'add' | 'remove';
  count: ListTotal;
  noun: Noun;
  mayCreate: boolean;
  apply(change: TagChange): Promise<{ affected: number }>;
  onClose(): void;
};

function TagsModal({ mode, count, noun, mayCreate, apply, onClose }: ModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ tags: string[] }>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const [saving, setSaving] = useState(false);
  const adding = mode === 'add';
  const submit = async ({ tags }: { tags: string[] }) => {
    setSaving(true);
    try {
      const { affected } = await apply(adding ? { add: tags } : { remove: tags });
      const what =
        tags.length > 1 ? (adding ? 'Теги добавлены' : 'Теги сняты') : adding ? 'Тег добавлен' : 'Тег снят';
      message.success(`${what}: ${plural(affected, noun)}`);
      onClose();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={`${adding ? 'Добавить тег' : 'Снять тег'}: ${totalWithNoun(count, noun)}`}
      okText={adding ? 'Добавить' : 'Снять'}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={cancel}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="tags"
          label="Теги"
          rules={[{ required: true, type: 'array', min: 1, message: 'Выберите тег' }]}
        >
          {/* Only tags that exist can be removed; creating one needs «Изменения тегов». */}
          <TagSelect
            existingOnly={!adding || !mayCreate}
            placeholder={adding && mayCreate ? 'Выберите или введите новый' : 'Выберите из списка'}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The selection of a list whose filter is `filterKey`: ticked rows are kept across pages, and
 * dropped when the filter changes (they were picked from what it found).
 */
export function useListSelection(filterKey: string) {
  const { message } = App.useApp();
  const [picked, setPicked] = useState<Selection & { key: string }>({ key: filterKey, ids: [], all: false });
  const selection: Selection = picked.key === filterKey ? picked : { ids: [], all: false };
  return {
    selection,
    tick(ids: string[]) {
      if (ids.length > MAX_TICKED)
        message.warning(
          `Отметить можно не больше ${MAX_TICKED} строк: чтобы выбрать больше, нажмите «Выбрать все найденные»`,
        );
      setPicked({ key: filterKey, ids: ids.slice(0, MAX_TICKED), all: false });
    },
    selectAll: () => setPicked({ key: filterKey, ids: [], all: true }),
    clear: () => setPicked({ key: filterKey, ids: [], all: false }),
  };
}

/** The export's query for a selection: the ticked ids, or the list's own filters for «все найденные». */
export function selectionQuery(selection: Selection, listQuery: URLSearchParams): URLSearchParams {
  if (selection.all) return listQuery;
  const query = new URLSearchParams();
  for (const id of selection.ids) query.append('id', id);
  const sort = listQuery.get('sort');
  if (sort) query.set('sort', sort);
  return query;
}
