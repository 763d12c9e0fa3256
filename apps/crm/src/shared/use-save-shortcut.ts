import { useEffect, useRef } from 'react';

/** P-6: Ctrl+S (⌘S) saves the form on screen instead of the browser saving the page. */
export function useSaveShortcut(save: () => void, enabled = true) {
  const latest = useRef(save);
  latest.current = save;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.code === 'KeyS') {
        event.preventDefault();
        latest.current();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
