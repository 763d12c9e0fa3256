import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { IMPORT_KINDS, type ImportKind } from '@domovoy/contract';
import {
  Alert,
  Button,
  Col,
  Flex,
  Form,
  type FormInstance,
  Modal,
  Row,
  Select,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { useLegalEntities, useObjects } from '../../shared/lookups';
import { useCan } from '../../shared/session';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { importLinks, useUploadImport } from './api';
import { canImport, TEMPLATE_KINDS, type TemplateKind } from './import-status';

const KINDS = Object.keys(IMPORT_KINDS) as ImportKind[];

/** No `kind`: the user chooses it (the form has no default a file could be read as by mistake). */
export type UploadDefaults = { kind?: ImportKind; legalEntityId?: string; objectId?: string };

type Values = {
  kind: ImportKind;
  legalEntityId?: string;
  objectId?: string;
  file?: { originFileObj?: File }[];
};

type Props = { defaults: UploadDefaults; onClose(): void; onUploaded(id: string): void };

const TEMPLATE_NAMES: Record<TemplateKind, string> = {
  premises: 'Шаблон «Помещения»',
  consolidated: 'Сводный шаблон',
};

/**
 * I-3: upload an .xlsx made from a template, or (I-2) an XML file of an accounting system, which
 * names its objects and legal entities itself; the file is read in the background, then previewed.
 */
export function UploadImportModal({ defaults, onClose, onUploaded }: Props) {
  const [form] = Form.useForm<Values>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const can = useCan();
  const legalEntities = useLegalEntities();
  const objects = useObjects();
  const upload = useUploadImport();
  const [problems, setProblems] = useState<string[]>([]);
  const xml = (Form.useWatch('kind', form) ?? defaults.kind) === 'xml';
  const submit = ({ kind, legalEntityId, objectId, file }: Values) => {
    const chosen = file?.[0]?.originFileObj;
    if (!chosen) return;
    if (kind !== 'xml' && (!legalEntityId || !objectId)) return;
    setProblems([]);
    upload.mutate(kind === 'xml' ? { kind, file: chosen } : { kind, legalEntityId, objectId, file: chosen }, {
      onSuccess: (job) => onUploaded(job.id),
      onError: (error) => setProblems(showFieldErrors(form, error)),
    });
  };
  useSoleChoice(form, 'legalEntityId', legalEntities.data);
  useSoleChoice(form, 'objectId', objects.data);
  return (
    <Modal
      open
      title={xml ? 'Загрузка XML' : 'Загрузка из Excel'}
      width={640}
      okText="Загрузить"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={upload.isPending}
    >
      {xml ? <XmlIntro /> : <ExcelIntro />}
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          kind: defaults.kind,
          legalEntityId: defaults.legalEntityId,
          objectId: defaults.objectId,
        }}
      >
        <Form.Item
          label="Что загружаем"
          name="kind"
          rules={[{ required: true, message: 'Выберите вид файла' }]}
        >
          <Select
            placeholder="Выберите вид файла"
            options={KINDS.map((kind) => ({
              value: kind,
              label: IMPORT_KINDS[kind],
              disabled: !canImport(kind, can),
            }))}
            // An .xlsx does not suit the XML kind, nor an .xml the Excel ones.
            onChange={(next: ImportKind) => {
              if ((next === 'xml') !== xml) form.setFieldValue('file', []);
            }}
          />
        </Form.Item>
        {!xml && (
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item
                label="Юрлицо"
                name="legalEntityId"
                rules={[{ required: true, message: 'Выберите юрлицо' }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={legalEntities.isPending}
                  placeholder="Выберите юрлицо"
                  options={legalEntities.data?.map((le) => ({ value: le.id, label: le.name }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                label="Объект"
                name="objectId"
                rules={[{ required: true, message: 'Выберите объект' }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={objects.isPending}
                  placeholder="Выберите объект"
                  options={objects.data?.map((o) => ({ value: o.id, label: o.name }))}
                />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item
          label="Файл"
          name="file"
          valuePropName="fileList"
          getValueFromEvent={(event: { fileList: unknown[] }) => event.fileList.slice(-1)}
          rules={[{ required: true, message: xml ? 'Приложите файл .xml' : 'Приложите файл .xlsx' }]}
        >
          <Upload.Dragger accept={xml ? '.xml' : '.xlsx'} beforeUpload={() => false} maxCount={1}>
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">
              Перетащите файл {xml ? '.xml' : '.xlsx'} сюда или нажмите, чтобы выбрать
            </p>
            <p className="ant-upload-hint">
              {xml
                ? 'Выгрузка учётной системы в формате Домового, версия 1'
                : 'Книга Excel по шаблону; файлы .xls сначала сохраните как .xlsx'}
            </p>
          </Upload.Dragger>
        </Form.Item>
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}

const UNCHANGED_UNTIL_APPLY = (
  <Typography.Text strong>До нажатия «Применить» в базе ничего не меняется.</Typography.Text>
);

function ExcelIntro() {
  return (
    <>
      <Typography.Paragraph>
        Скачайте шаблон и заполните лист «Данные» (подсказки по колонкам — на листе «Инструкция»). Выберите
        юрлицо, с лицевыми счетами которого сверяется файл, и объект, к которому относятся помещения, и
        загрузите файл. Мы прочитаем его и покажем предпросмотр: что будет создано, изменено и удалено.{' '}
        {UNCHANGED_UNTIL_APPLY}
      </Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        {TEMPLATE_KINDS.map((kind) => (
          <Button key={kind} icon={<DownloadOutlined />} href={importLinks.template(kind)} download>
            {TEMPLATE_NAMES[kind]}
          </Button>
        ))}
      </Flex>
    </>
  );
}

/** I-2: the file names its objects and legal entities; the format is described in the repository. */
function XmlIntro() {
  return (
    <Typography.Paragraph>
      Файл XML из учётной системы (1С и другие) сам указывает объекты и юрлица своих помещений, выбирать их не
      нужно. Формат описан в документации Домового: docs/xml/README.md, схема — docs/xml/domovoy-import.xsd.
      Мы прочитаем файл и покажем предпросмотр: что будет создано, изменено и удалено. {UNCHANGED_UNTIL_APPLY}
    </Typography.Paragraph>
  );
}

/** An organisation with a single legal entity or object needs no choice: it is filled in. */
function useSoleChoice(
  form: FormInstance<Values>,
  name: 'legalEntityId' | 'objectId',
  items: { id: string }[] | undefined,
) {
  useEffect(() => {
    const sole = items?.length === 1 ? items[0]?.id : undefined;
    // setFields, not setFieldValue: a choice filled in for the user does not make the form «filled».
    if (sole && !form.getFieldValue(name)) form.setFields([{ name, value: sole }]);
  }, [form, name, items]);
}
