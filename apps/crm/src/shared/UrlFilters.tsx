import { Input, Select } from 'antd';
import type { UrlState } from './use-url-state';

type Option = { value: string; label: string };

/** A list's search box kept in the URL (`?search=`): Enter or «Найти» searches, ✕ clears. */
export function UrlSearch({
  state,
  placeholder,
  label,
  maxWidth = 320,
}: {
  state: UrlState;
  placeholder: string;
  /** The box's accessible name: «Поиск заявок». */
  label: string;
  maxWidth?: number;
}) {
  return (
    <Input.Search
      key={state.get('search') ?? ''}
      defaultValue={state.get('search')}
      placeholder={placeholder}
      allowClear
      enterButton="Найти"
      aria-label={label}
      style={{ maxWidth }}
      onSearch={(value) => state.set({ search: value.trim() || undefined })}
    />
  );
}

/** A filter of several values kept in the URL (`?status=a&status=b`), its placeholder its name. */
export function UrlMultiSelect({
  state,
  name,
  placeholder,
  options,
  loading = false,
  minWidth = 180,
}: {
  state: UrlState;
  name: string;
  placeholder: string;
  options: Option[] | undefined;
  loading?: boolean;
  minWidth?: number;
}) {
  return (
    <Select
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      style={{ minWidth }}
      placeholder={placeholder}
      aria-label={placeholder}
      value={state.getAll(name)}
      options={options}
      loading={loading}
      showSearch={{ optionFilterProp: 'label' }}
      onChange={(values: string[]) => state.set({ [name]: values })}
    />
  );
}
