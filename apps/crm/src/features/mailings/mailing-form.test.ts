import type { MailingPreview } from '@domovoy/contract';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { audienceLines } from './audience-summary';
import { bodyOf, isFilled, listFilters, skippedText, smsCountText, smsTooLong } from './mailing-form';

describe('the SMS counter (M-1)', () => {
  it('counts Cyrillic 70 in one part and 67 in each of several', () => {
    expect(smsCountText('')).toBe('Символов: 0');
    expect(smsCountText('я'.repeat(70))).toBe('Символов: 70 · SMS: 1 (по 70)');
    expect(smsCountText('я'.repeat(75))).toBe('Символов: 75 · SMS: 2 (по 67)');
    expect(smsCountText('a'.repeat(161))).toBe('Символов: 161 · SMS: 2 (по 153)');
  });

  it('refuses more than ten parts and says by how much', () => {
    expect(smsTooLong('я'.repeat(670))).toBeUndefined();
    expect(smsTooLong('я'.repeat(675))).toBe('Не больше 10 SMS (670 символов): сократите текст на 5');
  });
});

describe('the preview (M-1)', () => {
  const preview = (skipped: MailingPreview['skipped']): MailingPreview => ({
    recipients: 10,
    reachable: 10 - Object.values(skipped).reduce((a, b) => a + b, 0),
    skipped,
  });

  it('names only the reasons that apply', () => {
    expect(skippedText(preview({ noPhone: 3, noApp: 0, pushOff: 0, typeOff: 1 }))).toBe(
      'Не получат: нет телефона — 3, отключён тип «Рассылки» — 1',
    );
    expect(skippedText(preview({ noPhone: 0, noApp: 0, pushOff: 0, typeOff: 0 }))).toBe('');
  });
});

describe('the mailing body', () => {
  it('keeps the list filters without page, order and empty ones', () => {
    expect(
      listFilters({
        search: 'Иван',
        objectId: [],
        tag: ['Должник'],
        status: undefined,
        sort: 'name',
        page: 2,
      }),
    ).toEqual({ search: 'Иван', tag: ['Должник'] });
  });

  it('sends later only when asked to', () => {
    const at = dayjs('2030-01-02T10:00:00Z');
    const audience = { source: 'client' as const, clientId: 'c' };
    const values = {
      channel: 'sms' as const,
      title: ' Вода ',
      text: 'Отключат воду ',
      later: false,
      sendAt: at,
    };
    expect(bodyOf(values, audience)).toEqual({
      channel: 'sms',
      title: 'Вода',
      text: 'Отключат воду',
      audience,
      sendAt: null,
    });
    expect(bodyOf({ ...values, later: true }, audience).sendAt).toBe('2030-01-02T10:00:00.000Z');
  });

  it('is filled once a title, text or time is given', () => {
    expect(isFilled({ channel: 'sms', title: ' ', text: '' })).toBe(false);
    expect(isFilled({ text: 'x' })).toBe(true);
  });
});

describe('«Кому» on the card', () => {
  const names = {
    objects: new Map([['o1', 'ЖК Северный']]),
    groups: new Map<string, string>(),
    quarters: new Map<string, string>(),
  };

  it('names the list and its conditions as the list does', () => {
    expect(
      audienceLines(
        'clients',
        { objectId: ['o1'], role: ['owner'], app: 'installed', search: 'Иван' },
        names,
      ),
    ).toEqual([
      { label: 'Откуда', value: 'Список клиентов' },
      { label: 'Объект', value: 'ЖК Северный' },
      { label: 'Роль в помещении', value: 'Собственник' },
      { label: 'Был(а) в ЛК', value: 'был(а)' },
      { label: 'Поиск', value: '«Иван»' },
    ]);
  });

  it('reads a kept audience too, and says when the list had no conditions', () => {
    expect(audienceLines('premises', { source: 'premises', premises: {} }, names)).toEqual([
      { label: 'Откуда', value: 'Список помещений' },
      { label: 'Условия', value: 'все клиенты списка' },
    ]);
    expect(audienceLines('premises', { type: ['flat'], clientId: ['c1', 'c2'] }, names)).toEqual([
      { label: 'Откуда', value: 'Список помещений' },
      { label: 'Тип помещения', value: 'Квартира' },
      { label: 'Помещения клиентов', value: 'выбрано клиентов: 2' },
    ]);
    // Rows ticked on the list: counted, not listed by id.
    expect(
      audienceLines('clients', { source: 'clients', clients: { id: ['c1', 'c2', 'c3'] } }, names),
    ).toEqual([
      { label: 'Откуда', value: 'Список клиентов' },
      { label: 'Только отмеченные', value: 'строк: 3' },
    ]);
    expect(audienceLines('client', { clientId: 'c1' }, names)).toEqual([
      { label: 'Откуда', value: 'Карточка клиента' },
    ]);
  });
});
