import type { MonitorReport } from '@domovoy/contract';
import { Card, Typography } from 'antd';
import dayjs from 'dayjs';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

// M-3: the seed's two charts. Chart 1: violet — active users who opened the app, green — those of
// them with push allowed and at least one type on. Chart 2: push disables, the period's total above.

export const MONITOR_COLORS = { active: '#722ed1', push: '#52c41a', disables: '#f5222d' } as const;

const CHART_STYLE = { width: '100%', height: 300 };

type Row = MonitorReport['points'][number] & { label: string; title: string };

/** The axis shows «03.03»; the tooltip names the day or the whole week. */
function rowsOf(report: MonitorReport): Row[] {
  return report.points.map((p) => {
    const start = dayjs(p.startsOn);
    const title =
      report.period === 'week'
        ? `Неделя ${start.format('DD.MM')} – ${start.add(6, 'day').format('DD.MM.YYYY')}`
        : start.format('DD.MM.YYYY, dd');
    return { ...p, label: start.format('DD.MM'), title };
  });
}

const tooltipTitle = (_: unknown, payload: readonly { payload?: Row }[]) => payload[0]?.payload?.title ?? '';

function Axes() {
  return [
    <CartesianGrid key="grid" strokeDasharray="3 3" vertical={false} />,
    <XAxis key="x" dataKey="label" tick={{ fontSize: 12 }} />,
    <YAxis key="y" allowDecimals={false} width={48} tick={{ fontSize: 12 }} />,
  ];
}

export function MonitorCharts({ report }: { report: MonitorReport }) {
  const rows = rowsOf(report);
  const dots = rows.length <= 62;
  return (
    <>
      <Card title="Количество пользователей с включёнными push-уведомлениями" data-testid="monitor-users">
        <LineChart data={rows} responsive style={CHART_STYLE} margin={{ top: 8, right: 16 }}>
          {Axes()}
          <Tooltip labelFormatter={tooltipTitle} />
          <Legend />
          <Line
            type="monotone"
            dataKey="activeUsers"
            name="Активные пользователи"
            stroke={MONITOR_COLORS.active}
            strokeWidth={2}
            dot={dots}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="pushUsers"
            name="С включёнными push-уведомлениями"
            stroke={MONITOR_COLORS.push}
            strokeWidth={2}
            dot={dots}
            isAnimationActive={false}
          />
        </LineChart>
      </Card>
      <Card title="Отключения Push" style={{ marginTop: 16 }} data-testid="monitor-disables">
        <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="monitor-disables-total">
          Всего за период: {report.pushDisablesTotal.toLocaleString('ru-RU')}
        </Typography.Title>
        <BarChart data={rows} responsive style={CHART_STYLE} margin={{ top: 8, right: 16 }}>
          {Axes()}
          <Tooltip labelFormatter={tooltipTitle} />
          <Bar
            dataKey="pushDisables"
            name="Отключили push"
            fill={MONITOR_COLORS.disables}
            isAnimationActive={false}
          />
        </BarChart>
      </Card>
    </>
  );
}
