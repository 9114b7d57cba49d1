import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/api/problem-error';
import { problemMessage } from '@/lib/problem';

type Props = { error: unknown; action?: ReactNode; title?: ReactNode };

/** Shows a failed request: the (localized) detail and the trace id to quote to support. */
export function ProblemAlert({ error, action, title }: Props) {
  const { t } = useTranslation();
  const traceId = isProblem(error) ? error.traceId : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? problemMessage(error, t)}
      description={
        title ? (
          <>
            {problemMessage(error, t)}
            {traceId ? ` (${t('common.traceId')}: ${traceId})` : null}
          </>
        ) : traceId ? (
          `${t('common.traceId')}: ${traceId}`
        ) : undefined
      }
      action={action}
    />
  );
}
