import { App } from 'antd';
import { useRef } from 'react';

/**
 * Esc, the cross or «Отмена» on a form with typed input asks before the input is lost (issue 17);
 * an untouched form closes at once. One question at a time: asking again while it is open (a second
 * Esc or click) does not stack another one on top.
 */
export function useDiscardGuard(isDirty: () => boolean, close: () => void) {
  const { modal } = App.useApp();
  const asking = useRef(false);
  return () => {
    if (!isDirty()) return close();
    if (asking.current) return;
    asking.current = true;
    modal.confirm({
      title: 'Закрыть без сохранения?',
      content: 'Введённые данные не сохранятся.',
      okText: 'Закрыть',
      cancelText: 'Вернуться к форме',
      onOk: close,
      afterClose: () => {
        asking.current = false;
      },
    });
  };
}
