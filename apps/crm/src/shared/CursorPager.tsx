import { Button, Flex, Typography } from 'antd';
import { type CursorPage, cursorTargets, type PageTarget } from './cursor-paging';
import { totalText } from './list-total';

/**
 * Issue 16: the pager of a list past its count — «Всего: более 10 000», the page number and
 * «Предыдущая» / «Следующая» by the server's cursors.
 */
export function CursorPager({ page, onGo }: { page: CursorPage; onGo(target: PageTarget): void }) {
  const { prev, next } = cursorTargets(page);
  return (
    <Flex justify="end" align="center" gap={12} style={{ margin: '16px 0' }} className="cursor-pager">
      <Typography.Text className="cursor-pager-total">Всего: {totalText(page)}</Typography.Text>
      <Button disabled={!prev} onClick={() => prev && onGo(prev)}>
        Предыдущая
      </Button>
      <Typography.Text aria-live="polite">Страница {page.page.toLocaleString('ru-RU')}</Typography.Text>
      <Button disabled={!next} onClick={() => next && onGo(next)}>
        Следующая
      </Button>
    </Flex>
  );
}
