import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Select } from 'antd';
import { type ReactNode, useDeferredValue, useState } from 'react';
import { api, unwrap } from './api-client';
import { clientSearchAccess, clientSearchText } from './client-search-text';
import { errorText } from './errors';
import { useCan } from './session';

/** L-1: clients found by name or any form of the phone («8 916…», «+7…», «4567»). */
function useClientSearch(search: string) {
  return useQuery({
    queryKey: ['clients', 'picker', search],
    queryFn: () => unwrap(api.GET('/api/clients', { params: { query: { search, pageSize: 20 } } })),
    enabled: search.trim().length >= 2,
  });
}

/** L-1: premises found by address («Ленина 10 15»). */
function usePremiseSearch(search: string) {
  return useQuery({
    queryKey: ['premises', 'picker', search],
    queryFn: () => unwrap(api.GET('/api/premises', { params: { query: { search, pageSize: 20 } } })),
    enabled: search.trim().length >= 1,
  });
}

type PickerProps = {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
  /** How to show a value given before any search (a prefilled choice). */
  initialLabel?: string;
  allowClear?: boolean;
  /** The picker is the form's first field: it takes the focus when the form opens. */
  autoFocus?: boolean;
};

type Option = { value: string; label: string };

/** A select over a server search that keeps showing the chosen option when the search changes. */
function SearchPicker({
  value,
  onChange,
  id,
  initialLabel,
  allowClear,
  autoFocus,
  options,
  loading,
  onSearch,
  placeholder,
  notFoundContent,
}: PickerProps & {
  options: Option[] | undefined;
  loading: boolean;
  onSearch(search: string): void;
  placeholder: string;
  notFoundContent: ReactNode;
}) {
  const [chosen, setChosen] = useState<Option>();
  const current =
    chosen?.value === value ? chosen : value && initialLabel ? { value, label: initialLabel } : undefined;
  const shown = options ?? [];
  const all = current && !shown.some((o) => o.value === value) ? [current, ...shown] : shown;
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch }}
      value={value}
      allowClear={allowClear}
      autoFocus={autoFocus}
      onChange={(next: string | undefined, option) => {
        if (next && option && !Array.isArray(option)) setChosen({ value: next, label: String(option.label) });
        onChange?.(next);
      }}
      loading={loading}
      placeholder={placeholder}
      notFoundContent={notFoundContent}
      options={all}
    />
  );
}

/**
 * L-1: a client by name or phone; the server reads any phone format, and the placeholder invites
 * only the searches the role may make. With `onCreate`, a search that finds nobody offers to
 * create the client with what was typed (issue 17).
 */
export function ClientPicker({ onCreate, ...props }: PickerProps & { onCreate?(typed: string): void }) {
  const access = clientSearchAccess(useCan());
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const clients = useClientSearch(deferred);
  const nobody = onCreate ? (
    <Flex vertical align="start" gap={4}>
      <span>Никого не нашли</span>
      <Button
        type="link"
        icon={<PlusOutlined />}
        style={{ padding: 0 }}
        // The list closes on blur: the click must not take the focus first.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onCreate(deferred.trim())}
      >
        Создать клиента «{deferred.trim()}»
      </Button>
    </Flex>
  ) : (
    'Никого не нашли'
  );
  return (
    <SearchPicker
      {...props}
      onSearch={setSearch}
      loading={clients.isFetching}
      placeholder={clientSearchText(access, 'picker')}
      notFoundContent={
        clients.error
          ? errorText(clients.error)
          : deferred.trim().length < 2
            ? 'Введите хотя бы 2 символа'
            : clients.isFetching
              ? 'Ищем…'
              : nobody
      }
      options={clients.data?.items.map((c) => ({
        value: c.id,
        label: c.phone ? `${c.fullName} · ${c.phone}` : c.fullName,
      }))}
    />
  );
}

/** L-1: a premise by address. */
export function PremisePicker(props: PickerProps) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const premises = usePremiseSearch(deferred);
  return (
    <SearchPicker
      {...props}
      onSearch={setSearch}
      loading={premises.isFetching}
      placeholder="Начните вводить адрес"
      notFoundContent={
        premises.error ? errorText(premises.error) : deferred.trim() ? 'Ничего не нашли' : 'Введите адрес'
      }
      options={premises.data?.items.map((p) => ({
        value: p.id,
        label: `${p.fullAddress} · ${p.objectName}`,
      }))}
    />
  );
}
