import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useClientSearch, usePremiseSearch } from './api';

type PickerProps = { value?: string; onChange?: (value: string) => void; id?: string };

/** L-1: a client by name or phone; the server reads any phone format. */
export function ClientPicker({ value, onChange, id }: PickerProps) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const clients = useClientSearch(deferred);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      loading={clients.isFetching}
      placeholder="Начните вводить ФИО или телефон"
      notFoundContent={deferred.trim().length < 2 ? 'Введите хотя бы 2 символа' : 'Никого не нашли'}
      options={clients.data?.items.map((c) => ({
        value: c.id,
        label: c.phone ? `${c.fullName} · ${c.phone}` : c.fullName,
      }))}
    />
  );
}

/** L-1: a premise by address. */
export function PremisePicker({ value, onChange, id }: PickerProps) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const premises = usePremiseSearch(deferred);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      loading={premises.isFetching}
      placeholder="Начните вводить адрес"
      notFoundContent={deferred.trim() ? 'Ничего не нашли' : 'Введите адрес'}
      options={premises.data?.items.map((p) => ({
        value: p.id,
        label: `${p.fullAddress} · ${p.objectName}`,
      }))}
    />
  );
}
