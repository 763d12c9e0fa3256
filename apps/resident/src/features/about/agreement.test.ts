import { describe, expect, it } from 'vitest';
import { agreementSections } from './agreement';

describe('the user agreement (APP-1 «О приложении»)', () => {
  it('names the organisation as the operator of personal data and its brand as the app', () => {
    const sections = agreementSections('УК Демо', 'Мой дом');
    const text = sections.flatMap((s) => [s.title, ...s.paragraphs]).join('\n');
    expect(text).toContain('приложения «Мой дом»');
    expect(text).toContain('Оператор персональных данных — Управляющая организация «УК Демо»');
    expect(text).toContain('152-ФЗ');
    // No card data passes through the app (APP-2).
    expect(text).toContain('Приложение их не получает и не хранит');
    expect(sections.every((s) => s.title && s.paragraphs.length > 0)).toBe(true);
  });
});
