import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useDuplicates } from '../api/merge';
import type { DuplicateCandidate, DuplicateQuery } from '../api/types';

/**
 * Likely duplicates of the archive being created, looked up as the user types (debounced):
 * archives in the user's scope link to their page; a same credit code outside it shows only the
 * archive number, as the server refuses a second archive with it.
 */
export function DuplicateHints({ values }: { values: DuplicateQuery }) {
  const { t } = useTranslation();
  const query = useDebouncedValue(values, 400);
  const { data } = useDuplicates(query);
  const items = data?.items ?? [];
  if (items.length === 0) return null;
  const definite = items.some((c) => c.reason === 'CREDIT_CODE');
  return (
    <Alert
      type={definite ? 'error' : 'warning'}
      showIcon
      data-testid="duplicate-hints"
      title={t(definite ? 'merge.hints.definite' : 'merge.hints.likely')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {items.map((c) => (
            <li key={`${c.archiveNo}-${c.reason}`}>
              <Candidate candidate={c} />
            </li>
          ))}
        </ul>
      }
    />
  );
}

function Candidate({ candidate }: { candidate: DuplicateCandidate }) {
  const { t } = useTranslation();
  const reason = t(`merge.reason.${candidate.reason}`);
  const similarity =
    candidate.similarity !== undefined ? ` ${Math.round(candidate.similarity * 100)}%` : '';
  return (
    <span>
      {candidate.id ? (
        <Link to={paths.customer(candidate.id)} target="_blank">
          {candidate.archiveNo} {candidate.name}
        </Link>
      ) : (
        <Typography.Text>
          {candidate.archiveNo} {t('merge.hints.outOfScope')}
        </Typography.Text>
      )}
      <Typography.Text type="secondary">
        {' · '}
        {reason}
        {similarity}
      </Typography.Text>
    </span>
  );
}
