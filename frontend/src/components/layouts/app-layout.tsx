import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Space, Tag, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { PageSpinner } from '@/components/page-spinner';
import { ProblemAlert } from '@/components/problem-alert';
import { MainNav } from './main-nav';
import { logout } from '@/lib/auth';
import { useMe } from '@/lib/me';

export function AppLayout() {
  const { t } = useTranslation();
  // One query at start: who the caller is and which actions to offer.
  const { data: me, error } = useMe();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', paddingInline: 24 }}
      >
        <Flex align="center" justify="space-between" gap={16} style={{ height: '100%' }}>
          <Link to="/" data-testid="product-name">
            <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
              {t('app.name')}
            </Typography.Title>
          </Link>
          {me ? <MainNav me={me} /> : <div style={{ flex: 1 }} />}
          <Space size="middle" wrap>
            {me ? (
              <Space size="small" data-testid="current-user">
                <UserOutlined />
                <span>{me.displayName || me.username}</span>
                <span aria-label={t('header.roles')}>
                  {me.roles.map((role) => (
                    <Tag key={role} color="blue">
                      {t(`roles.${role}`, { defaultValue: role })}
                    </Tag>
                  ))}
                </span>
              </Space>
            ) : null}
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={logout}>
              {t('header.logout')}
            </Button>
          </Space>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        {me ? (
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        ) : error ? (
          <ProblemAlert error={error} />
        ) : (
          <PageSpinner />
        )}
      </Layout.Content>
    </Layout>
  );
}
