import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

/**
 * Leaving a card with unsaved edits asks first (issue 17): another page, another tab of the card
 * (tabs are unmounted, so their input would go too), Back, a reload or closing the browser tab.
 * `isDirty` is asked at the moment of leaving, so it may read the form directly. The function it
 * returns lets the card's own next navigation through (after a delete or a merge).
 */
export function useLeaveGuard(isDirty: () => boolean): () => void {
  const { modal } = App.useApp();
  const released = useRef(false);
  const dirty = useRef(() => !released.current && isDirty());
  dirty.current = () => !released.current && isDirty();

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      (currentLocation.pathname !== nextLocation.pathname ||
        currentLocation.search !== nextLocation.search) &&
      dirty.current(),
  );

  const blocked = blocker.state === 'blocked';
  const latest = useRef(blocker);
  latest.current = blocker;
  useEffect(() => {
    if (!blocked) return;
    modal.confirm({
      title: 'Уйти без сохранения?',
      content: 'Изменения в карточке не сохранены и будут потеряны.',
      okText: 'Уйти',
      okButtonProps: { danger: true },
      cancelText: 'Остаться',
      onOk: () => latest.current.proceed?.(),
      onCancel: () => latest.current.reset?.(),
    });
  }, [blocked, modal]);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  return () => {
    released.current = true;
  };
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * Whether a form's values differ from what it was filled with, field by field: an emptied field
 * equals a field that was never set, and dates compare by their JSON form.
 */
export function differs(current: object, initial: object): boolean {
  const a = current as Record<string, unknown>;
  const b = initial as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (isBlank(a[key]) && isBlank(b[key])) continue;
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return true;
  }
  return false;
}
