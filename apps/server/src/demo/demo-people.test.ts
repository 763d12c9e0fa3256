import { describe, expect, it } from 'vitest';
import { PATRONYMICS } from './demo-people';

describe('demo patronymics', () => {
  it('are formed as Russian forms them: Алексеевич, Андреевна — never «Алексейович»', () => {
    const byName = new Map(PATRONYMICS.map((p) => [p.name, p.patronymic]));
    expect(byName.get('Алексей')).toEqual({ male: 'Алексеевич', female: 'Алексеевна' });
    expect(byName.get('Андрей')).toEqual({ male: 'Андреевич', female: 'Андреевна' });
    expect(byName.get('Иван')).toEqual({ male: 'Иванович', female: 'Ивановна' });
    for (const { name, patronymic } of PATRONYMICS) {
      expect(patronymic.male, name).toMatch(/^[А-ЯЁ][а-яё]+(ович|евич|ич)$/);
      expect(patronymic.female, name).toMatch(/^[А-ЯЁ][а-яё]+(овна|евна|ична|инична)$/);
      expect(`${patronymic.male} ${patronymic.female}`, name).not.toMatch(/[йь]о/);
    }
  });
});
