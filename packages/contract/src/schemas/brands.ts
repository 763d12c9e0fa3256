import { type Static, Type } from 'typebox';
import { PRODUCT_CODES } from '../products';
import { Nullable, Text } from './common';

/** T-3: a brand colour, six hex digits after `#` (the server stores it in lower case). */
export const BRAND_COLOR_PATTERN = '^#[0-9A-Fa-f]{6}$';

/** The app's colour when neither the object nor the organisation set one (Ant Design's blue). */
export const DEFAULT_BRAND_COLOR = '#1677ff';

export const BRAND_NAME_MAX_LENGTH = 100;

export const BrandColor = Type.String({
  pattern: BRAND_COLOR_PATTERN,
  maxLength: 7,
  description: 'Цвет в формате #RRGGBB',
  examples: ['#1677ff'],
});

export const ProductCodeSchema = Type.Enum(PRODUCT_CODES, {
  description:
    'Продукт приложения жителей: requests — «Заявки в УК», events — «Мероприятия», developer — «Покупка недвижимости»',
});

const ProductList = Type.Array(ProductCodeSchema, { uniqueItems: true, maxItems: PRODUCT_CODES.length });

/** The organisation's brand and products as staff set them (null: not set, the default applies). */
export const OrganizationBrand = Type.Object({
  organizationName: Type.String({ description: 'Название организации: имя бренда, пока name не задано' }),
  name: Nullable(Type.String({ description: 'Название в приложении; null — название организации' })),
  color: Nullable(BrandColor),
  logoUrl: Nullable(Type.String({ description: 'Логотип для CRM (с версией в адресе)' })),
  products: ProductList,
});

export const OrganizationBrandBody = Type.Object({
  name: Nullable(Text(BRAND_NAME_MAX_LENGTH)),
  color: Nullable(BrandColor),
  products: ProductList,
});

/** What the resident app wears: every part resolved (object → organisation → default). */
export const ResidentBrand = Type.Object({
  name: Type.String(),
  color: BrandColor,
  logoUrl: Nullable(
    Type.String({ description: 'Публичный адрес логотипа, меняется с каждым новым логотипом' }),
  ),
});

export type OrganizationBrand = Static<typeof OrganizationBrand>;
export type OrganizationBrandBody = Static<typeof OrganizationBrandBody>;
export type ResidentBrand = Static<typeof ResidentBrand>;
