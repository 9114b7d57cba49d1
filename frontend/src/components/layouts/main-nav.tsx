import {
  AppstoreOutlined,
  AuditOutlined,
  CheckSquareOutlined,
  EyeOutlined,
  FileExclamationOutlined,
  FormOutlined,
  IdcardOutlined,
  ImportOutlined,
  KeyOutlined,
  ScheduleOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import type { Me, OperationId } from '@/lib/me';
import { isAllowed } from '@/lib/permissions';

type NavEntry = {
  key: string;
  path: string;
  operation: OperationId;
  icon: ReactNode;
  /** The label's message key, when it is not `nav.<key>`. */
  labelKey?: string;
};

/** The app's sections, each shown only to callers whose /me permissions list its operation. */
export const NAV_ENTRIES: NavEntry[] = [
  {
    key: 'customers',
    path: paths.customers(),
    operation: 'listCustomers',
    icon: <IdcardOutlined />,
  },
  {
    key: 'expiringDocuments',
    path: paths.expiringDocuments(),
    operation: 'listExpiringDocuments',
    icon: <FileExclamationOutlined />,
    labelKey: 'document.expiring.nav',
  },
  {
    key: 'audit',
    path: paths.auditEvents(),
    operation: 'listAuditEvents',
    icon: <AuditOutlined />,
  },
  { key: 'accessLog', path: paths.accessLog(), operation: 'listAccessLog', icon: <EyeOutlined /> },
  {
    key: 'accessGrants',
    path: paths.accessGrants(),
    operation: 'listAccessGrants',
    icon: <KeyOutlined />,
  },
  {
    // Everyone may read the product list; the menu offers it to those who maintain it.
    key: 'products',
    path: paths.products(),
    operation: 'updateProduct',
    icon: <AppstoreOutlined />,
    labelKey: 'transactions.nav',
  },
  {
    key: 'approvals',
    path: paths.approvals(),
    operation: 'listCorrections',
    icon: <CheckSquareOutlined />,
    labelKey: 'lifecycle.nav.approvals',
  },
  {
    key: 'reviews',
    path: paths.reviewsDue(),
    operation: 'listDueReviews',
    icon: <ScheduleOutlined />,
    labelKey: 'lifecycle.nav.reviews',
  },
  {
    key: 'transfer',
    path: paths.transfer(),
    operation: 'transferCustomers',
    icon: <SwapOutlined />,
    labelKey: 'lifecycle.nav.transfer',
  },
  {
    key: 'imports',
    path: paths.imports(),
    operation: 'createImport',
    icon: <ImportOutlined />,
    labelKey: 'imports.nav',
  },
  // Configuration: shown to those who define templates (everyone may read them).
  {
    key: 'profileTemplates',
    path: paths.profileTemplates(),
    operation: 'createProfileTemplate',
    icon: <FormOutlined />,
    labelKey: 'profiles.templates.nav',
  },
];

export const allowedNavEntries = (me: Pick<Me, 'permissions'> | undefined) =>
  NAV_ENTRIES.filter((entry) => isAllowed(me, entry.operation));

export function MainNav({ me }: { me: Pick<Me, 'permissions'> }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const entries = allowedNavEntries(me);
  const selected = entries.find(
    (e) => pathname === e.path || pathname.startsWith(`${e.path}/`),
  )?.key;
  return (
    <Menu
      mode="horizontal"
      aria-label={t('nav.label')}
      selectedKeys={selected ? [selected] : []}
      style={{ flex: 1, minWidth: 0, borderBottom: 'none' }}
      items={entries.map((entry) => ({
        key: entry.key,
        icon: entry.icon,
        label: <Link to={entry.path}>{t(entry.labelKey ?? `nav.${entry.key}`)}</Link>,
      }))}
    />
  );
}
