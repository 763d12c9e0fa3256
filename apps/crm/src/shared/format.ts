import dayjs from 'dayjs';

export const formatDateTime = (value: string | null | undefined) =>
  value ? dayjs(value).format('DD.MM.YYYY HH:mm') : '—';

export const formatDate = (value: string | null | undefined) =>
  value ? dayjs(value).format('DD.MM.YYYY') : '—';

export const formatArea = (value: number | null | undefined) =>
  value == null ? '—' : `${value.toLocaleString('ru-RU')} м²`;

/** antd DatePicker value ↔ the API's «ГГГГ-ММ-ДД». */
export const toDayjs = (value: string | null | undefined) => (value ? dayjs(value) : null);
export const fromDayjs = (value: dayjs.Dayjs | null | undefined) =>
  value ? value.format('YYYY-MM-DD') : null;

/** Empty inputs are sent as null, so that clearing a field clears it on the server. */
export const emptyToNull = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};
