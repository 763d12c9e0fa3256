import { Input } from 'antd-mobile';
import { formatPhone, nationalDigits } from '../../shared/phone-mask';

type Props = { digits: string; onChange(digits: string): void; autoFocus?: boolean };

/** The phone with its mask; the value is the 10 national digits. */
export function PhoneInput({ digits, onChange, autoFocus }: Props) {
  return (
    <Input
      id="phone"
      aria-label="Номер телефона"
      type="tel"
      inputMode="tel"
      autoComplete="tel"
      placeholder="+7 (___) ___-__-__"
      autoFocus={autoFocus}
      value={formatPhone(digits)}
      onChange={(value) => onChange(nationalDigits(value))}
      clearable
    />
  );
}
