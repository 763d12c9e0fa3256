import { Alert, Flex, Typography } from 'antd';
import { useImports } from '../features/imports/api';
import { ImportButton } from '../features/imports/ImportButton';
import { ImportsTable } from '../features/imports/ImportsTable';
import { errorText } from '../shared/errors';
import { useUrlState } from '../shared/use-url-state';

/** I-3, I-2: the organisation's Excel and XML imports; a new one from «Загрузить файл». */
export function ImportsRoute() {
  const state = useUrlState();
  const imports = useImports(state.page, state.pageSize);
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Импорт
        </Typography.Title>
        <ImportButton label="Загрузить файл" type="primary" />
      </Flex>
      {imports.error ? (
        <Alert type="error" showIcon title={errorText(imports.error)} />
      ) : (
        <ImportsTable
          items={imports.data?.items ?? []}
          total={imports.data?.total ?? 0}
          page={state.page}
          pageSize={state.pageSize}
          loading={imports.isPending || (imports.isFetching && imports.isPlaceholderData)}
          onChange={({ page, pageSize }) =>
            state.set({
              page: pageSize === state.pageSize && page > 1 ? page : undefined,
              pageSize: pageSize !== 20 ? pageSize : undefined,
            })
          }
        />
      )}
    </>
  );
}
