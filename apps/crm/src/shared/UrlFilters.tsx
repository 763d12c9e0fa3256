import { Input, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
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
  /** null: as wide as the row gives it. */
  maxWidth?: number | null;
}) {
  const search = state.get('search') ?? '';
  const [value, setValue] = useState(search);
  // What this box last sent. The address follows a search a moment later; text typed meanwhile
  // must not be replaced by it. Only a search that came from elsewhere (Back, a link, «Сбросить»)
  // is written into the box.
  const sent = useRef(search);
  useEffect(() => {
    if (search !== sent.current) {
      sent.current = search;
      setValue(search);
    }
  }, [search]);
  return (
    <Input.Search
      value={value}
      onChange={(event) => setValue(event.target.value)}
      placeholder={placeholder}
      allowClear
      enterButton="Найти"
      aria-label={label}
      style={maxWidth === null ? undefined : { maxWidth }}
      onSearch={(typed) => {
        const next = typed.trim();
        sent.current = next;
        state.set({ search: next || undefined });
      }}
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
