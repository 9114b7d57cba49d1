import { Alert, Form, Input, Modal, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/api/problem-error';
import { ProblemAlert } from '@/components/problem-alert';
import { useCreateProduct, useProduct, useUpdateProduct } from '../api/products';
import type { Product, ProductPatch } from '../api/types';
import { formFieldErrors } from './field-errors';

type Values = { code: string; name: string; category?: string; unit?: string };
const FIELDS = ['code', 'name', 'category', 'unit'] as const;

function toPatch(before: Product, values: Values): ProductPatch {
  const patch: ProductPatch = {};
  const code = values.code.trim();
  const name = values.name.trim();
  if (code !== before.code) patch.code = code;
  if (name !== before.name) patch.name = name;
  for (const key of ['category', 'unit'] as const) {
    const next = values[key]?.trim() || null;
    if (next !== (before[key] ?? null)) patch[key] = next;
  }
  return patch;
}

/** Adds a product or edits one (read fresh, changed at the version read); mounted while open. */
export function ProductFormModal({
  productId,
  onClose,
}: {
  productId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const editing = useProduct(productId);
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const saving = create.isPending || update.isPending;
  const loaded = editing.data;

  const onFinish = async (values: Values) => {
    setError(undefined);
    try {
      if (productId && loaded) {
        const patch = toPatch(loaded.product, values);
        if (Object.keys(patch).length > 0) {
          await update.mutateAsync({ id: productId, etag: loaded.etag, patch });
        }
      } else {
        await create.mutateAsync({
          code: values.code.trim(),
          name: values.name.trim(),
          ...(values.category?.trim() ? { category: values.category.trim() } : {}),
          ...(values.unit?.trim() ? { unit: values.unit.trim() } : {}),
        });
      }
      onClose();
    } catch (err) {
      form.setFields(
        formFieldErrors<Values>(err, t, (p) =>
          (FIELDS as readonly string[]).includes(String(p[0])),
        ),
      );
      setError(err);
    }
  };

  const f = (key: string) => t(`transactions.product.fields.${key}`);
  const required = { required: true, whitespace: true, message: t('transactions.form.required') };
  return (
    <Modal
      open
      title={t(productId ? 'transactions.product.editTitle' : 'transactions.product.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {error ? (
        isProblem(error, 409) ? (
          <Alert type="error" showIcon role="alert" title={t('transactions.product.codeTaken')} />
        ) : isProblem(error, 412) ? (
          <Alert type="warning" showIcon role="alert" title={t('transactions.product.changed')} />
        ) : (
          <ProblemAlert error={error} />
        )
      ) : null}
      {productId && editing.error ? <ProblemAlert error={editing.error} /> : null}
      {productId && !loaded ? (
        <Spin spinning={editing.isLoading}>
          <div style={{ minHeight: 120 }} />
        </Spin>
      ) : (
        <Form<Values>
          form={form}
          name="product"
          layout="vertical"
          disabled={saving}
          initialValues={
            loaded
              ? {
                  code: loaded.product.code,
                  name: loaded.product.name,
                  category: loaded.product.category ?? '',
                  unit: loaded.product.unit ?? '',
                }
              : {}
          }
          onFinish={(values) => void onFinish(values)}
        >
          <Form.Item name="code" label={f('code')} rules={[required]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="name" label={f('name')} rules={[required]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="category" label={f('category')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="unit" label={f('unit')}>
            <Input maxLength={20} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
