import {
  DEFAULT_BRAND_COLOR,
  type OrganizationBrand,
  PRODUCT_CODES,
  PRODUCTS,
  type ProductCode,
} from '@domovoy/contract';
import {
  Alert,
  App,
  Button,
  ColorPicker,
  type ColorPickerProps,
  Flex,
  Form,
  Input,
  Skeleton,
  Switch,
  Typography,
  Upload,
} from 'antd';
import { useEffect } from 'react';
import { ApiError } from '../../shared/api-client';
import { errorText, showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { useCan } from '../../shared/session';
import { useBrand, useDeleteBrandLogo, useSaveBrand, useUploadBrandLogo } from './api';

type BrandValues = { name?: string; color: string | null; products: Record<ProductCode, boolean> };

export const LOGO_ACCEPT = 'image/png,image/jpeg,image/webp';

type PickedColor = Parameters<NonNullable<ColorPickerProps['onChange']>>[0];

/** ColorPicker gives a colour object; the form keeps `#rrggbb`, or null when cleared. */
export const colorFromPicker = (color: PickedColor) => (color.cleared ? null : color.toHexString());

/** An upload's refusal names the limit at the file field («Файл больше 1 МБ»). */
export const uploadErrorText = (error: unknown) =>
  (error instanceof ApiError && error.problem.errors?.[0]?.message) || errorText(error);

function toForm(brand: OrganizationBrand): BrandValues {
  return {
    name: brand.name ?? undefined,
    color: brand.color,
    products: Object.fromEntries(
      PRODUCT_CODES.map((code) => [code, brand.products.includes(code)]),
    ) as Record<ProductCode, boolean>,
  };
}

/** How the app's header will look: the colour, the logo and the name. */
function BrandPreview({ name, color, logoUrl }: { name: string; color: string; logoUrl: string | null }) {
  return (
    <Flex
      align="center"
      gap={12}
      aria-label="Предпросмотр бренда"
      style={{ background: color, color: '#fff', borderRadius: 12, padding: '12px 16px', maxWidth: 360 }}
    >
      {logoUrl && (
        <img
          src={logoUrl}
          alt="Логотип"
          style={{ height: 40, maxWidth: 120, objectFit: 'contain', background: '#fff', borderRadius: 6 }}
        />
      )}
      <span style={{ fontSize: 18, fontWeight: 600 }}>{name}</span>
    </Flex>
  );
}

/** T-3, issue 12: the resident app's brand (name, colour, logo) and the products switched on. */
export function BrandTab() {
  const can = useCan();
  const editable = can('settings.manage');
  const brand = useBrand();
  const save = useSaveBrand();
  const upload = useUploadBrandLogo();
  const removeLogo = useDeleteBrandLogo();
  const { message } = App.useApp();
  const [form] = Form.useForm<BrandValues>();
  const name = Form.useWatch('name', form);
  const color = Form.useWatch('color', form);

  useEffect(() => {
    if (brand.data) form.setFieldsValue(toForm(brand.data));
  }, [brand.data, form]);

  if (brand.error) return <Alert type="error" showIcon title={errorText(brand.error)} />;
  if (!brand.data) return <Skeleton active />;
  const data = brand.data;

  const submit = (values: BrandValues) =>
    save.mutate(
      {
        name: values.name?.trim() || null,
        color: values.color ?? null,
        products: PRODUCT_CODES.filter((code) => values.products[code]),
      },
      {
        onSuccess: () => message.success('Настройки приложения сохранены'),
        onError: (error) => {
          for (const text of showFieldErrors(form, error)) message.error(text);
        },
      },
    );

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }}>
      <Typography.Paragraph style={{ margin: 0 }}>
        Так приложение жителей выглядит для помещений этой организации: название, цвет и логотип. Объект может
        задать свои в разделе «Объекты» — тогда его жители видят бренд объекта.
      </Typography.Paragraph>
      {!editable && (
        <Alert type="info" showIcon title="Изменять настройки приложения может роль с правом на настройки" />
      )}
      <BrandPreview
        name={name?.trim() || data.organizationName}
        color={color ?? DEFAULT_BRAND_COLOR}
        logoUrl={data.logoUrl}
      />
      <Form<BrandValues>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        disabled={!editable}
        onFinish={submit}
      >
        <Form.Item
          label="Название в приложении"
          name="name"
          extra={`Если не заполнено — «${data.organizationName}»`}
          rules={[{ max: 100, message: 'Не длиннее 100 символов' }]}
        >
          <Input placeholder={data.organizationName} style={{ maxWidth: 360 }} />
        </Form.Item>
        <Form.Item
          label="Цвет"
          name="color"
          extra={`Если не выбран — стандартный (${DEFAULT_BRAND_COLOR})`}
          getValueFromEvent={colorFromPicker}
        >
          <ColorPicker format="hex" disabledAlpha allowClear showText aria-label="Цвет" />
        </Form.Item>
        <Typography.Title level={5}>Продукты</Typography.Title>
        {PRODUCT_CODES.map((code) => (
          <Flex key={code} gap={12} align="start" style={{ marginBottom: 12 }}>
            <Form.Item name={['products', code]} valuePropName="checked" noStyle>
              <Switch id={`product-${code}`} />
            </Form.Item>
            <label htmlFor={`product-${code}`}>
              {PRODUCTS[code].name}
              <Typography.Text type="secondary" style={{ display: 'block' }}>
                {PRODUCTS[code].description}
              </Typography.Text>
            </label>
          </Flex>
        ))}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          Сохранить
        </Button>
      </Form>
      <Typography.Title level={5} style={{ margin: 0 }}>
        Логотип
      </Typography.Title>
      <Flex gap={12} align="center" wrap>
        {data.logoUrl ? (
          <img
            src={data.logoUrl}
            alt="Логотип организации"
            style={{ height: 64, maxWidth: 200, objectFit: 'contain' }}
          />
        ) : (
          <Typography.Text type="secondary">Логотип не загружен</Typography.Text>
        )}
        <Upload
          accept={LOGO_ACCEPT}
          showUploadList={false}
          disabled={!editable}
          beforeUpload={(file) => {
            upload.mutate(file, {
              onSuccess: () => message.success('Логотип загружен'),
              onError: (error) => message.error(uploadErrorText(error)),
            });
            return false;
          }}
        >
          <Button disabled={!editable} loading={upload.isPending}>
            {data.logoUrl ? 'Заменить логотип' : 'Загрузить логотип'}
          </Button>
        </Upload>
        {data.logoUrl && (
          <Button
            danger
            disabled={!editable}
            loading={removeLogo.isPending}
            onClick={() =>
              removeLogo.mutate(undefined, { onError: (error) => message.error(errorText(error)) })
            }
          >
            Удалить логотип
          </Button>
        )}
      </Flex>
      <Typography.Text type="secondary">
        PNG, JPEG или WebP до 1 МБ и до 4096 пикселей по стороне.
      </Typography.Text>
    </Flex>
  );
}
