import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The page shown and whether there is one before it (from useCursorStack). */
  paging: { page: number; hasPrevious: boolean; previous: () => void };
  /** The next page's cursor from the last response; absent on the last page. */
  nextCursor?: string;
  onNext: (cursor: string) => void;
  busy?: boolean;
};

/** Previous / next controls for a keyset-paginated list (the API hands out forward cursors). */
export function CursorPager({ paging, nextCursor, onNext, busy = false }: Props) {
  const { t } = useTranslation();
  return (
    <Flex justify="flex-end" align="center" gap="small">
      <Typography.Text type="secondary" data-testid="page-number">
        {t('common.page', { page: paging.page })}
      </Typography.Text>
      <Button disabled={!paging.hasPrevious || busy} onClick={paging.previous}>
        {t('common.previous')}
      </Button>
      <Button disabled={!nextCursor || busy} onClick={() => nextCursor && onNext(nextCursor)}>
        {t('common.next')}
      </Button>
    </Flex>
  );
}
