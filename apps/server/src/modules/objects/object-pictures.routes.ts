import { IdParams, NoContent, ObjectItem } from '@domovoy/contract';
import { type App, actorOf, ProblemRef, problemResponses } from '../../platform/http';
import { imageResponse, imageVersionQuery, sendImage } from '../../platform/images';
import { readMultipart } from '../../platform/uploads';
import type { ObjectPictureService } from './object-pictures.service';

/** What the OpenAPI document says of one picture route family (`/api/objects/:id/<path>`). */
type PictureTexts = {
  path: string;
  upload: { summary: string; description: string };
  read: { summary: string; description: string; version: string };
  remove: string;
};

/** PUT, GET and DELETE of an object's picture; the address carries `?v=` (from the object's URL). */
export function registerObjectPictureRoutes(
  app: App,
  pictures: ObjectPictureService,
  tags: string[],
  texts: PictureTexts,
) {
  const url = `/api/objects/:id/${texts.path}`;
  app.put(
    url,
    {
      schema: {
        tags,
        ...texts.upload,
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 200: ObjectItem, ...problemResponses, 415: ProblemRef },
      },
    },
    async (request) =>
      pictures.upload(actorOf(request), request.params.id, async (storage, policy) => {
        const { file } = await readMultipart(request, storage, policy);
        return file;
      }),
  );

  app.get(
    url,
    {
      schema: {
        tags,
        summary: texts.read.summary,
        description: texts.read.description,
        params: IdParams,
        querystring: imageVersionQuery(texts.read.version),
        response: { 200: imageResponse, ...problemResponses },
      },
    },
    // The URL changes with every new file, so a short private cache is safe.
    async (request, reply) => sendImage(reply, await pictures.read(actorOf(request), request.params.id)),
  );

  app.delete(
    url,
    {
      schema: {
        tags,
        summary: texts.remove,
        params: IdParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await pictures.remove(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
