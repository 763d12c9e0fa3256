import { ColumnHeightOutlined, VerticalAlignMiddleOutlined } from '@ant-design/icons';
import { Button, Tooltip, theme } from 'antd';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';

/**
 * A compact density for the whole CRM (issue 17): about 11 list rows fitted a 1366×768 screen.
 * Ant Design's compact algorithm makes rows, fields and buttons smaller; the choice is kept in
 * the browser.
 */
export type Density = 'comfortable' | 'compact';

const KEY = 'domovoy.crm.density';

function stored(): Density {
  try {
    return localStorage.getItem(KEY) === 'compact' ? 'compact' : 'comfortable';
  } catch {
    return 'comfortable';
  }
}

const DensityContext = createContext<{ density: Density; toggle(): void }>({
  density: 'comfortable',
  toggle: () => undefined,
});

export function useDensity() {
  return useContext(DensityContext);
}

/** The theme's algorithms for a density; the app's ConfigProvider takes them. */
export function densityAlgorithm(density: Density) {
  return density === 'compact' ? [theme.defaultAlgorithm, theme.compactAlgorithm] : theme.defaultAlgorithm;
}

export function DensityProvider({ children }: { children: (density: Density) => ReactNode }) {
  const [density, setDensity] = useState(stored);
  const value = useMemo(
    () => ({
      density,
      toggle: () =>
        setDensity((current) => {
          const next = current === 'compact' ? 'comfortable' : 'compact';
          try {
            localStorage.setItem(KEY, next);
          } catch {
            // A browser that keeps nothing still switches for this visit.
          }
          return next;
        }),
    }),
    [density],
  );
  return <DensityContext.Provider value={value}>{children(density)}</DensityContext.Provider>;
}

/** The header's switch between the two densities. */
export function DensityToggle() {
  const { density, toggle } = useDensity();
  const compact = density === 'compact';
  const label = compact ? 'Обычный вид' : 'Компактный вид';
  return (
    <Tooltip title={compact ? 'Крупнее строки и поля' : 'Больше строк на экране'}>
      <Button
        aria-label={label}
        aria-pressed={compact}
        icon={compact ? <ColumnHeightOutlined /> : <VerticalAlignMiddleOutlined />}
        onClick={toggle}
      >
        {label}
      </Button>
    </Tooltip>
  );
}
