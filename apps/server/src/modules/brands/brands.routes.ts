import { Id, NoContent, OrganizationBrand, OrganizationBrandBody } from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, ProblemRef, problemResponses } from '../../platform/http';
import { imageResponse, imageVersionQuery, sendImage } from '../../platform/images';
import { readMultipart } from '../../platform/uploads';
import { RESIDENT_PREFIX, RESIDENT_TAG } from '../resident-auth/resident-auth.routes';
import type { BrandsService } from './brands.service';

export const LOGO_UPLOAD_DESCRIPTION =
  'multipart/form-data, поле `file`: JPEG, PNG или WebP до 1 МБ и до 4096 пикселей по стороне ' +
  '(тип определяется по содержимому).';

const VersionQuery = imageVersionQuery('Версия логотипа');

export function registerBrandsRoutes(app: App, brands: BrandsService) {
  const tags = ['Приложение жителей'];

  app.get(
    '/api/settings/brand',
    {
      schema: {
        tags,
        summary: 'Бренд организации в приложении жителей и включённые продукты',
        response: { 200: OrganizationBrand, ...problemResponses },
      },
    },
    async (request) => brands.get(actorOf(request)),
  );

  app.put(
    '/api/settings/brand',
    {
      schema: {
        tags,
        summary: 'Изменить название и цвет бренда и включённые продукты',
        description: 'null в name или color — по умолчанию (название организации, стандартный цвет).',
        body: OrganizationBrandBody,
        response: { 200: OrganizationBrand, ...problemResponses },
      },
    },
    async (request) => brands.update(actorOf(request), request.body),
  );

  app.put(
    '/api/settings/brand/logo',
    {
      schema: {
        tags,
        summary: 'Загрузить или заменить логотип организации',
        description: LOGO_UPLOAD_DESCRIPTION,
        consumes: ['multipart/form-data'],
        response: { 200: OrganizationBrand, ...problemResponses, 415: ProblemRef },
      },
    },
    async (request) =>
      brands.uploadLogo(actorOf(request), async (storage, policy) => {
        const { file } = await readMultipart(request, storage, policy);
        return file;
      }),
  );

  app.get(
    '/api/settings/brand/logo',
    {
      schema: {
        tags,
        summary: 'Логотип организации',
        description: 'Адрес с параметром `v` (версия) берите из `logoUrl` бренда.',
        querystring: VersionQuery,
        response: { 200: imageResponse, ...problemResponses },
      },
    },
    // The URL changes with every new logo, so a short private cache is safe.
    async (request, reply) => sendImage(reply, await brands.readLogo(actorOf(request))),
  );

  app.delete(
    '/api/settings/brand/logo',
    {
      schema: {
        tags,
        summary: 'Удалить логотип организации',
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await brands.removeLogo(actorOf(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    `${RESIDENT_PREFIX}/brand-logos/:organizationId/:fileId`,
    {
      config: { resident: true, public: true },
      schema: {
        tags: [RESIDENT_TAG],
        summary: 'Логотип бренда для приложения',
        description:
          'Публичный адрес из `brand.logoUrl` в `me`: без сеанса (тег <img>, кэш приложения), ' +
          'неугадываемый и новый для каждого логотипа, поэтому кэшируется навсегда.',
        params: Type.Object({ organizationId: Id, fileId: Id }),
        response: { 200: imageResponse, ...problemResponses },
      },
    },
    async (request, reply) =>
      sendImage(
        reply,
        await brands.readPublicLogo(request.params.organizationId, request.params.fileId),
        'public, max-age=31536000, immutable',
      ),
  );

  app.get(
    `${RESIDENT_PREFIX}/object-images/:organizationId/:imageId`,
    {
      config: { resident: true, public: true },
      schema: {
        tags: [RESIDENT_TAG],
        summary: 'Изображение объекта для «Мои помещения»',
        description:
          'Публичный адрес из `imageUrl` помещения в `me` и `me/premises`: без сеанса (тег <img>), ' +
          'неугадываемый и новый для каждого изображения, поэтому кэшируется навсегда.',
        params: Type.Object({ organizationId: Id, imageId: Id }),
        response: { 200: imageResponse, ...problemResponses },
      },
    },
    async (request, reply) =>
      sendImage(
        reply,
        await brands.readPublicObjectImage(request.params.organizationId, request.params.imageId),
        'public, max-age=31536000, immutable',
      ),
  );
}
