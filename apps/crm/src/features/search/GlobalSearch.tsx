import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Input, Typography } from 'antd';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { clientSearchAccess } from '../../shared/client-search-text';
import { useCan } from '../../shared/session';
import { useGlobalSearch } from './api';
import { readRecentCards, useRecentKey } from './recent-cards';
import { recentGroups, resultGroups, resultNotes, type SearchOption } from './search-options';

type Can = ReturnType<typeof useCan>;
type Focusable = { focus: () => void; blur: () => void };

/** the box invites only the searches the role may make (no «ФИО» for a role that sees none). */
function placeholderFor(can: Can): string {
  const parts: string[] = [];
  const clients = clientSearchAccess(can);
  if (can('premises.view')) parts.push('адрес', 'лицевой счёт');
  if (can('clients.view') && clients.name) parts.push('ФИО');
  if (can('clients.view') && clients.phone) parts.push('телефон');
  if (can('requests.view')) parts.push('№ заявки');
  return `Поиск: ${parts.join(', ')}`;
}

/** Whether a key press is typing into something (then «/» is a character, not a shortcut). */
function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (/^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName) || element.isContentEditable);
}

/** «/» (outside a field) or Ctrl+K / ⌘K anywhere puts the cursor into the search. */
function useFocusShortcut(ref: RefObject<Focusable | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // KeyK: Ctrl+K works in the Russian layout too (where the key types «л»).
      const ctrlK = (event.ctrlKey || event.metaKey) && event.code === 'KeyK';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
      if (!ctrlK && !slash) return;
      event.preventDefault();
      ref.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [ref]);
}

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Issue 17: the header search over premises, clients, accounts and requests (each group only for
 * a role with its section), and the last opened cards while the box is empty. Arrows and Enter
 * open a card, Esc closes the list.
 */
export function GlobalSearch() {
  const can = useCan();
  const navigate = useNavigate();
  const recentKey = useRecentKey();
  const ref = useRef<Focusable>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const q = useDebounced(text.trim(), 250);
  const search = useGlobalSearch(q);
  useFocusShortcut(ref);

  if (!can('premises.view') && !can('clients.view') && !can('requests.view')) return null;
  const typed = text.trim() !== '';
  const result = typed && q ? search.data : undefined;
  const options = typed
    ? resultGroups(result, q)
    : recentGroups(readRecentCards(recentKey), can('clients.pii.name'));
  const loading = typed && (search.isFetching || q !== text.trim());
  const notes = typed ? resultNotes(result, loading, options.length > 0) : { status: null, hidden: null };

  const choose = (option: SearchOption | undefined) => {
    if (!option) return;
    setText('');
    setOpen(false);
    ref.current?.blur();
    navigate(option.path);
  };

  return (
    <AutoComplete
      ref={ref as never}
      value={text}
      options={options}
      open={open && (options.length > 0 || !!notes.status || !!notes.hidden)}
      notFoundContent={notes.status && <Typography.Text type="secondary">{notes.status}</Typography.Text>}
      popupRender={(list) => (
        <>
          {list}
          {notes.hidden && (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 12px' }}>
              {notes.hidden}
            </Typography.Paragraph>
          )}
        </>
      )}
      onOpenChange={setOpen}
      onFocus={() => setOpen(true)}
      onSearch={(value) => {
        setText(value);
        setOpen(true);
      }}
      onSelect={(value: string) => choose(options.flatMap((g) => g.options).find((o) => o.value === value))}
      defaultActiveFirstOption
      // Every group reachable: a virtual list draws only what fits its height.
      virtual={false}
      listHeight={420}
      popupMatchSelectWidth={480}
      // The header's 64 px line height would stretch the box to the header's height.
      style={{ width: 420, maxWidth: '40vw', lineHeight: 'normal' }}
    >
      <Input
        prefix={<SearchOutlined />}
        placeholder={placeholderFor(can)}
        aria-label="Поиск по CRM"
        title="Поиск по CRM: «/» или Ctrl+K"
        allowClear
      />
    </AutoComplete>
  );
}
