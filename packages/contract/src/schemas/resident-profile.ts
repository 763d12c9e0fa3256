import { type Static, Type } from 'typebox';
import { ClientTypeSchema, GenderSchema } from './clients';
import { DateOnly, Nullable, Text } from './common';

// APP-5 «Мои данные»: what the resident edits of their own card, in every organisation (T-3).

/** Refused with 400 (NOT): the field is shown in the app but changed only by the organisation. */
const NotEditable = (description: string) => Type.Optional(Type.Never({ description }));

export const ResidentProfileBody = Type.Object({
  type: Type.Optional(ClientTypeSchema),
  fullName: Type.Optional(Text(300, 1)),
  birthDate: Type.Optional(Nullable(DateOnly)),
  email: Type.Optional(Nullable(Text(200))),
  phone: NotEditable('APP-5: телефон — логин в приложении, в «Моих данных» не меняется (400)'),
  gender: NotEditable('APP-5: пол в «Моих данных» не меняется (400)'),
});
export type ResidentProfileBody = Static<typeof ResidentProfileBody>;

/** «Мои данные» as the app shows them: the card of the session's organisation. */
export const ResidentProfile = Type.Object({
  type: ClientTypeSchema,
  fullName: Type.String(),
  birthDate: Nullable(DateOnly),
  email: Nullable(Type.String()),
  phone: Type.String({ description: 'E.164; не меняется в приложении' }),
  gender: Nullable(GenderSchema),
  photoUrl: Nullable(
    Type.String({ description: 'GET /api/resident/v1/me/photo?v=<версия>; null — фото нет' }),
  ),
});
export type ResidentProfile = Static<typeof ResidentProfile>;
