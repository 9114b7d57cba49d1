import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import type { Me } from '@/lib/me';
import type { ProfileTemplate } from '@/lib/profile-templates';
import { json, problem, stubFetch } from '@/test/fetch';
import { rep1, renderWithApp } from '@/test/render';
import { TemplateList } from './template-list';
import { namePath, toPatch } from './template-form';

const admin: Me = {
  ...rep1,
  id: '00000000-0000-4000-8000-000000000001',
  username: 'admin',
  roles: ['admin'],
  permissions: [
    'listProfileTemplates',
    'createProfileTemplate',
    'getProfileTemplate',
    'updateProfileTemplate',
    'getMe',
  ],
};

const hotel: ProfileTemplate = {
  id: 'b5e1e7c0-7d3a-4c1e-9f00-000000000002',
  name: '宾客个性化档案',
  nameEn: 'Hotel guest preferences',
  customerKind: 'INDIVIDUAL',
  businessLine: '酒店',
  active: true,
  version: 0,
  createdAt: '2026-11-23T09:30:00+08:00',
  updatedAt: '2026-11-23T09:30:00+08:00',
  fields: [
    {
      key: 'pillow',
      labelZh: '枕头',
      labelEn: 'Pillow',
      type: 'SINGLE_CHOICE',
      required: false,
      order: 30,
      options: [{ value: 'LOW', labelZh: '低枕', labelEn: 'Low' }],
    },
  ],
};

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('TemplateList', () => {
  it('lists the templates with their fields, without editing for readers', async () => {
    stubFetch(() => json({ items: [hotel] }));
    renderWithApp(<TemplateList />, {
      me: { ...rep1, permissions: [...rep1.permissions, 'listProfileTemplates'] },
    });
    expect(await screen.findByText('宾客个性化档案')).toBeVisible();
    expect(screen.getByText('枕头')).toBeVisible();
    expect(screen.getByText('个人客户')).toBeVisible();
    expect(screen.queryByRole('button', { name: /新建模板/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).not.toBeInTheDocument();
  });

  it('lets an administrator define a template and its fields, showing server errors inline', async () => {
    const fetch = stubFetch((request) => {
      if (request.method === 'GET') return json({ items: [hotel] });
      return problem(400, {
        errors: [
          {
            field: 'fields[0].key',
            code: 'fields.key.taken',
            message: 'Another profile template already has a field with this key.',
          },
        ],
      });
    });
    const user = userEvent.setup();
    renderWithApp(<TemplateList />, { me: admin });
    await user.click(await screen.findByRole('button', { name: /新建模板/ }));
    const drawer = await screen.findByRole('dialog');
    await user.type(within(drawer).getByLabelText('模板名称'), '美容院顾客档案');
    await user.type(within(drawer).getByLabelText('英文名称'), 'Salon client card');
    await user.click(within(drawer).getByRole('button', { name: /添加字段/ }));
    const field = within(drawer).getByTestId('template-field-0');
    await user.type(within(field).getByLabelText('字段标识'), 'pillow');
    await user.type(within(field).getAllByLabelText('中文名称')[0], '皮肤类型');
    await user.type(within(field).getAllByLabelText('英文名称')[0], 'Skin type');
    await user.click(within(drawer).getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(within(field).getByText('其他模板已使用此字段标识')).toBeVisible(), {
      timeout: 5000,
    });
    const post = fetch.requests().find((r) => r.method === 'POST');
    expect(await post?.json()).toEqual({
      name: '美容院顾客档案',
      nameEn: 'Salon client card',
      active: true,
      fields: [
        {
          key: 'pillow',
          labelZh: '皮肤类型',
          labelEn: 'Skin type',
          type: 'TEXT',
          options: [],
          required: false,
          order: 10,
        },
      ],
    });
  });

  it('edits a template with the ETag it read, sending only what changed', async () => {
    const fetch = stubFetch((request) => {
      if (request.method === 'GET' && request.url.endsWith('/profile-templates'))
        return json({ items: [hotel] });
      if (request.method === 'GET') return json(hotel, { headers: { ETag: '"0"' } });
      return json({ ...hotel, active: false, version: 1 }, { headers: { ETag: '"1"' } });
    });
    const user = userEvent.setup();
    renderWithApp(<TemplateList />, { me: admin });
    await user.click(await screen.findByRole('button', { name: /编\s*辑/ }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByLabelText('字段标识')).toBeDisabled();
    await user.click(within(drawer).getByRole('switch', { name: '启用' }));
    await user.click(within(drawer).getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(fetch.requests().some((r) => r.method === 'PATCH')).toBe(true));
    const patch = fetch.requests().find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"0"');
    expect(await patch.json()).toEqual({ active: false });
  });
});

describe('template form helpers', () => {
  it('maps server paths to form fields, option list errors to the type', () => {
    expect(namePath('fields[1].options[0].value')).toEqual(['fields', 1, 'options', 0, 'value']);
    expect(namePath('fields[2].options')).toEqual(['fields', 2, 'type']);
    expect(namePath('name')).toEqual(['name']);
  });

  it('sends no fields when only the name changed', () => {
    expect(
      toPatch(hotel, {
        name: '宾客档案',
        nameEn: hotel.nameEn,
        customerKind: 'INDIVIDUAL',
        businessLine: '酒店',
        active: true,
        fields: hotel.fields,
      }),
    ).toEqual({ name: '宾客档案' });
  });
});
