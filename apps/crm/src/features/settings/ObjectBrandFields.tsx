import { DEFAULT_BRAND_COLOR } from '@domovoy/contract';
import { Button, ColorPicker, Divider, Flex, Form, Input, Typography, Upload } from 'antd';
import { colorFromPicker, LOGO_ACCEPT } from './BrandTab';

/** The object's logo in its form: the current one, a new file (to upload) or null (to remove). */
export type LogoChoice = { url: string | null; file?: File | null };

function LogoInput({ value, onChange }: { value?: LogoChoice; onChange?: (value: LogoChoice) => void }) {
  const choice = value ?? { url: null };
  const shown = choice.file === null ? null : choice.file ? choice.file.name : choice.url;
  return (
    <Flex gap={8} align="center" wrap>
      {choice.file === undefined && choice.url ? (
        <img
          src={choice.url}
          alt="Логотип объекта"
          style={{ height: 40, maxWidth: 160, objectFit: 'contain' }}
        />
      ) : (
        <Typography.Text type="secondary">{shown ?? 'Как у организации'}</Typography.Text>
      )}
      <Upload
        accept={LOGO_ACCEPT}
        showUploadList={false}
        beforeUpload={(file) => {
          onChange?.({ ...choice, file });
          return false;
        }}
      >
        <Button size="small">Выбрать файл</Button>
      </Upload>
      {shown && (
        <Button size="small" onClick={() => onChange?.({ ...choice, file: null })}>
          Убрать
        </Button>
      )}
    </Flex>
  );
}

/** T-3: an object's own brand in the resident app; every field may stay empty (the organisation's). */
export function ObjectBrandFields() {
  return (
    <>
      <Divider titlePlacement="start" plain>
        Бренд в приложении жителей (необязательно)
      </Divider>
      <Form.Item label="Название в приложении" name="brandName" extra="Пусто — как у организации">
        <Input />
      </Form.Item>
      <Form.Item
        label="Цвет"
        name="brandColor"
        extra={`Не выбран — как у организации (или ${DEFAULT_BRAND_COLOR})`}
        getValueFromEvent={colorFromPicker}
      >
        <ColorPicker format="hex" disabledAlpha allowClear showText />
      </Form.Item>
      <Form.Item label="Логотип" name="brandLogo" extra="PNG, JPEG или WebP до 1 МБ">
        <LogoInput />
      </Form.Item>
    </>
  );
}
