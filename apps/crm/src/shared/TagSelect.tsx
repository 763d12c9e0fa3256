import { Select } from 'antd';
import { useState } from 'react';
import { useTagOptions } from './lookups';

type Props = {
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Only tags that exist (filters, and roles without «Изменения тегов»). */
  existingOnly?: boolean;
  id?: string;
  /** Instead of «Все» (a filter) or «Выберите или введите». */
  placeholder?: string;
};

/** Tags by name; with `existingOnly` off a new tag can be typed in (R-2 «Изменения тегов»). */
export function TagSelect({ value, onChange, existingOnly, id, placeholder }: Props) {
  const [search, setSearch] = useState('');
  const tags = useTagOptions(search);
  return (
    <Select
      id={id}
      mode={existingOnly ? 'multiple' : 'tags'}
      allowClear
      value={value ?? []}
      onChange={onChange}
      onSearch={setSearch}
      filterOption={false}
      loading={tags.isFetching}
      placeholder={placeholder ?? (existingOnly ? 'Все' : 'Выберите или введите')}
      maxTagCount="responsive"
      options={tags.data?.map((t) => ({ value: t.name, label: t.name }))}
      notFoundContent={existingOnly ? 'Таких тегов нет' : null}
    />
  );
}
