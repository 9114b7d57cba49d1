import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '@/components/cursor-pager';
import { ProblemAlert } from '@/components/problem-alert';
import { useCan } from '@/lib/permissions';
import { problemMessage } from '@/lib/problem';
import { useCursorStack } from '@/lib/use-cursor-stack';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useProducts, useSetProductActive } from '../api/products';
import type { Product } from '../api/types';
import { ProductFormModal } from './product-form-modal';

/** The product list (产品管理): search, add, edit, withdraw and reactivate. */
export function ProductList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const query = useDebouncedValue(q, 300);
  const [includeInactive, setIncludeInactive] = useState(false);
  const paging = useCursorStack(`${query}|${includeInactive}`);
  const { data, error, isFetching } = useProducts(query, includeInactive, paging.cursor);
  const canCreate = useCan('createProduct');
  const canEdit = useCan('updateProduct');
  const setActive = useSetProductActive();
  const [modal, setModal] = useState<{ open: boolean; productId?: string }>({ open: false });

  const onSetActive = async (product: Product, active: boolean) => {
    try {
      await setActive.mutateAsync({ id: product.id, active });
      void message.success(
        t(active ? 'transactions.product.activated' : 'transactions.product.deactivated', {
          name: product.name,
        }),
      );
    } catch (err) {
      void message.error(problemMessage(err, t));
    }
  };

  const f = (key: string) => t(`transactions.product.fields.${key}`);
  const columns: ColumnsType<Product> = [
    { title: f('code'), dataIndex: 'code' },
    { title: f('name'), dataIndex: 'name' },
    { title: f('category'), dataIndex: 'category' },
    { title: f('unit'), dataIndex: 'unit' },
    {
      title: f('state'),
      dataIndex: 'active',
      render: (active: boolean) =>
        active ? (
          <Tag color="green">{t('transactions.product.active')}</Tag>
        ) : (
          <Tag>{t('transactions.product.inactive')}</Tag>
        ),
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, p: Product) => (
              <Space size="small">
                <Button
                  size="small"
                  type="link"
                  onClick={() => setModal({ open: true, productId: p.id })}
                >
                  {t('common.edit')}
                </Button>
                {p.active ? (
                  <Popconfirm
                    title={t('transactions.product.deactivateConfirm', { name: p.name })}
                    onConfirm={() => onSetActive(p, false)}
                  >
                    <Button size="small" type="link" danger>
                      {t('transactions.product.deactivate')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" type="link" onClick={() => void onSetActive(p, true)}>
                    {t('transactions.product.activate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('transactions.product.title')}
      extra={
        canCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ open: true })}>
            {t('transactions.product.add')}
          </Button>
        ) : null
      }
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search
          allowClear
          placeholder={t('transactions.product.search')}
          aria-label={t('transactions.product.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: 280 }}
        />
        <Typography.Text>{t('transactions.product.includeInactive')}</Typography.Text>
        <Switch
          aria-label={t('transactions.product.includeInactive')}
          checked={includeInactive}
          onChange={setIncludeInactive}
        />
      </Space>
      {error ? <ProblemAlert error={error} /> : null}
      <Table<Product>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        pagination={false}
        locale={{ emptyText: t('common.empty') }}
      />
      {paging.hasPrevious || data?.nextCursor ? (
        <CursorPager
          paging={paging}
          nextCursor={data?.nextCursor}
          onNext={paging.next}
          busy={isFetching}
        />
      ) : null}
      {modal.open ? (
        <ProductFormModal productId={modal.productId} onClose={() => setModal({ open: false })} />
      ) : null}
    </Card>
  );
}
