import { MONITOR_MAX_DAYS, MONITOR_PERIODS, type MonitorPeriod } from '@domovoy/contract';
import { Alert, DatePicker, Flex, Segmented, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { ApiError } from '../../shared/api-client';
import { errorText } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import type { UrlState } from '../../shared/use-url-state';
import { useMonitor } from './api';
import { MonitorCharts } from './MonitorCharts';

/** The seed's default view: the last 30 days, by day. */
export const MONITOR_DEFAULT_DAYS = 30;

const isDay = (value: string | undefined): value is string =>
  value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).isValid();

/** The period from the URL (`?from=&to=&period=week`), or the last 30 days by day. */
export function monitorQueryOf(state: UrlState) {
  const today = dayjs().format('YYYY-MM-DD');
  const from = state.get('from');
  const to = state.get('to');
  const custom = isDay(from) && isDay(to);
  const period: MonitorPeriod = state.get('period') === 'week' ? 'week' : 'day';
  return {
    from: custom
      ? from
      : dayjs(today)
          .subtract(MONITOR_DEFAULT_DAYS - 1, 'day')
          .format('YYYY-MM-DD'),
    to: custom ? to : today,
    period,
  };
}

const problemText = (error: unknown) =>
  error instanceof ApiError && error.problem.errors?.length
    ? error.problem.errors.map((e) => e.message).join('. ')
    : errorText(error);

/** M-3: the period and day/week at the top (objects, groups and quarters do not apply), then the charts. */
export function MonitorPanel({ state }: { state: UrlState }) {
  const query = monitorQueryOf(state);
  const report = useMonitor(query);
  return (
    <>
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          format="DD.MM.YYYY"
          aria-label="Период"
          allowClear={false}
          value={[dayjs(query.from), dayjs(query.to)]}
          disabledDate={(day, info) =>
            info.from ? Math.abs(day.diff(info.from, 'day')) >= MONITOR_MAX_DAYS : false
          }
          onChange={(range) => {
            const [from, to] = range ?? [];
            if (from && to) state.set({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
          }}
        />
        <Segmented<MonitorPeriod>
          aria-label="Разбивка"
          value={query.period}
          options={(Object.keys(MONITOR_PERIODS) as MonitorPeriod[]).map((value) => ({
            value,
            label: MONITOR_PERIODS[value],
          }))}
          onChange={(period) => state.set({ period: period === 'day' ? undefined : period })}
        />
        {report.data ? (
          <Typography.Text type="secondary" data-testid="monitor-note">
            Учитываются версии приложения от {report.data.minAppVersion}
            {report.data.computedAt ? ` · данные на ${formatDateTime(report.data.computedAt)}` : ''}
          </Typography.Text>
        ) : null}
      </Flex>
      {report.data?.recomputing ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="Минимальная версия приложения изменена: цифры пересчитываются"
        />
      ) : null}
      {report.error ? (
        <Alert type="error" showIcon title={problemText(report.error)} />
      ) : report.data ? (
        <Spin spinning={report.isFetching && report.isPlaceholderData}>
          <MonitorCharts report={report.data} />
        </Spin>
      ) : (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      )}
    </>
  );
}
