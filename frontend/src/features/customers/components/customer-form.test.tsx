import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, problem, stubFetch } from '@/test/fetch';
import { renderWithApp } from '@/test/render';
import type { ProfileTemplate } from '@/lib/profile-templates';
import type { Customer, VersionedCustomer } from '../api/types';
import { CustomerForm, diffCustomer } from './customer-form';

const customer: Customer = {
  id: '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11',
  archiveNo: 'KH-2026-000123',
  kind: 'ORGANIZATION',
  name: '上海建投贸易有限公司',
  creditCode: '91310000MA1FL0XY83',
  nature: 'ENTERPRISE',
  phone: '021-58880000',
  address: '上海市浦东新区世纪大道100号',
  status: 'DRAFT',
  version: 3,
  createdAt: '2026-11-23T09:30:00+08:00',
  updatedAt: '2026-11-23T10:02:11+08:00',
};
const initial: VersionedCustomer = { customer, etag: '"3"' };

/** The form item (label, control and its messages) of the field labelled `label`. */
function formItem(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

function renderEdit(onReload = vi.fn(async () => initial), onSaved = vi.fn()) {
  renderWithApp(
    <CustomerForm
      mode="edit"
      initial={initial}
      onReload={onReload}
      onSaved={onSaved}
      onCancel={() => {}}
    />,
  );
  return { onReload, onSaved };
}

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('diffCustomer', () => {
  it('keeps only changed fields and turns cleared ones into null', () => {
    expect(
      diffCustomer(customer, {
        kind: 'ORGANIZATION',
        name: '上海建投贸易有限公司',
        creditCode: '91310000MA1FL0XY83',
        nature: 'STATE_OWNED',
        phone: '021-58881234',
        address: '   ',
        email: '',
      }),
    ).toEqual({ nature: 'STATE_OWNED', phone: '021-58881234', address: null });
  });
});

describe('CustomerForm', () => {
  it('creates an organisation and shows the server field error next to the credit code', async () => {
    const fetch = stubFetch(() =>
      problem(400, {
        title: 'Invalid request',
        detail: '1 field is invalid.',
        errors: [
          {
            field: 'creditCode',
            code: 'creditCode.checkCharacter',
            message: 'The check character is wrong.',
          },
          { field: 'phone', message: '电话号码格式不正确' },
        ],
      }),
    );
    const user = userEvent.setup();
    const onSaved = vi.fn();
    renderWithApp(<CustomerForm mode="create" onSaved={onSaved} onCancel={() => {}} />);

    await user.type(screen.getByLabelText('客户名称'), '测试科技有限公司');
    await user.type(screen.getByLabelText('统一社会信用代码'), '91310000ma1fl0xy84');
    await user.type(screen.getByLabelText('电话'), 'abc');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    await waitFor(
      () =>
        expect(
          within(formItem('统一社会信用代码')).getByText('统一社会信用代码校验位错误'),
        ).toBeVisible(),
      { timeout: 5000 },
    );
    await waitFor(
      () => expect(within(formItem('电话')).getByText('电话号码格式不正确')).toBeVisible(),
      { timeout: 5000 },
    );
    expect(onSaved).not.toHaveBeenCalled();
    const body = await fetch.requests()[0].json();
    expect(body).toEqual({
      kind: 'ORGANIZATION',
      name: '测试科技有限公司',
      creditCode: '91310000MA1FL0XY84',
      phone: 'abc',
    });
  });

  it('saves only the changed fields as a merge patch guarded by the ETag read', async () => {
    const updated = { ...customer, phone: '021-58881234', address: undefined, version: 4 };
    const fetch = stubFetch(() => json(updated, { headers: { ETag: '"4"' } }));
    const user = userEvent.setup();
    const { onSaved } = renderEdit();

    await user.clear(screen.getByLabelText('电话'));
    await user.type(screen.getByLabelText('电话'), '021-58881234');
    await user.clear(screen.getByLabelText('地址'));
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ customer: updated, etag: '"4"' }));
    const [request] = fetch.requests();
    expect(request.method).toBe('PATCH');
    expect(request.headers.get('If-Match')).toBe('"3"');
    expect(request.headers.get('Content-Type')).toBe('application/merge-patch+json');
    expect(await request.json()).toEqual({ phone: '021-58881234', address: null });
  });

  it('explains a 412 and reloads the current version on request', async () => {
    stubFetch(() => problem(412, { title: 'Precondition failed' }));
    const fresh: VersionedCustomer = {
      customer: { ...customer, phone: '010-11112222', version: 5 },
      etag: '"5"',
    };
    const user = userEvent.setup();
    const { onReload, onSaved } = renderEdit(vi.fn(async () => fresh));

    await user.clear(screen.getByLabelText('电话'));
    await user.type(screen.getByLabelText('电话'), '021-00000000');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    const alert = await screen.findByTestId('conflict-alert');
    expect(alert).toHaveTextContent('该档案已被他人修改，请重新加载后再编辑');
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(within(alert).getByRole('button', { name: /重新加载/ }));

    expect(onReload).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.getByLabelText('电话')).toHaveValue('010-11112222'));
    expect(screen.queryByTestId('conflict-alert')).not.toBeInTheDocument();
  });

  it('shows the 412 message in English too', async () => {
    await changeLanguage('en');
    stubFetch(() => problem(412));
    const user = userEvent.setup();
    renderEdit();

    await user.type(screen.getByLabelText('Phone'), '9');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByTestId('conflict-alert')).toHaveTextContent(
      'Someone else changed this archive — reload it before editing',
    );
  });

  it('shows the detail of a 409', async () => {
    stubFetch(() =>
      problem(409, { title: 'Conflict', detail: '已审批的档案不能直接修改，请提交变更申请。' }),
    );
    const user = userEvent.setup();
    renderEdit();

    await user.type(screen.getByLabelText('电话'), '9');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '已审批的档案不能直接修改，请提交变更申请。',
    );
  });
});

const visitorCard: ProfileTemplate = {
  id: 'b5e1e7c0-7d3a-4c1e-9f00-000000000001',
  name: '来访客户登记',
  nameEn: 'Real-estate visitor card',
  customerKind: 'INDIVIDUAL',
  businessLine: '房地产',
  active: true,
  version: 0,
  createdAt: '2026-11-23T09:30:00+08:00',
  updatedAt: '2026-11-23T09:30:00+08:00',
  fields: [
    {
      key: 'ageBand',
      labelZh: '年龄',
      labelEn: 'Age band',
      type: 'SINGLE_CHOICE',
      options: [
        { value: '25-35', labelZh: '25-35岁', labelEn: '25–35' },
        { value: '35-45', labelZh: '35-45岁', labelEn: '35–45' },
      ],
      required: false,
      order: 10,
    },
    { key: 'visits', labelZh: '到访次数', labelEn: 'Visits', type: 'NUMBER', required: true },
  ],
};
const orgTemplate: ProfileTemplate = {
  ...visitorCard,
  id: '11111111-2222-4333-8444-555555555555',
  name: '经销商档案',
  nameEn: 'Dealer card',
  customerKind: 'ORGANIZATION',
  fields: [],
};

describe('CustomerForm sections', () => {
  it('shows the organisation sections, and the individual ones once the kind changes', async () => {
    const user = userEvent.setup();
    renderWithApp(
      <CustomerForm
        mode="create"
        templates={[visitorCard, orgTemplate]}
        onSaved={() => {}}
        onCancel={() => {}}
      />,
    );
    for (const section of ['basic', 'contact', 'registration', 'finance', 'characteristics'])
      expect(screen.getByTestId(`section-${section}`)).toBeInTheDocument();
    expect(screen.queryByTestId('section-individual')).not.toBeInTheDocument();
    expect(screen.getByLabelText('法定代表人')).toBeInTheDocument();
    expect(screen.getByLabelText('注册资金')).toBeInTheDocument();
    expect(screen.queryByLabelText('证件号码')).not.toBeInTheDocument();

    await user.click(screen.getByLabelText('个人客户'));

    expect(screen.getByTestId('section-individual')).toBeInTheDocument();
    expect(screen.queryByTestId('section-registration')).not.toBeInTheDocument();
    expect(screen.getByLabelText('证件号码')).toBeInTheDocument();
    expect(screen.getByLabelText('个人电话')).toBeInTheDocument();
    expect(screen.queryByLabelText('法定代表人')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('统一社会信用代码')).not.toBeInTheDocument();
  });

  it('renders the fields of an applied template and sends their values', async () => {
    const created = { ...customer, kind: 'INDIVIDUAL' as const, creditCode: undefined };
    const fetch = stubFetch(() => json(created, { status: 201, headers: { ETag: '"0"' } }));
    const user = userEvent.setup();
    const onSaved = vi.fn();
    const individual: VersionedCustomer = {
      customer: {
        ...customer,
        kind: 'INDIVIDUAL',
        creditCode: undefined,
        nature: undefined,
        profileTemplateIds: [visitorCard.id],
        customFields: { ageBand: '25-35', visits: 1 },
      },
      etag: '"3"',
    };
    renderWithApp(
      <CustomerForm
        mode="edit"
        initial={individual}
        templates={[visitorCard, orgTemplate]}
        onReload={async () => individual}
        onSaved={onSaved}
        onCancel={() => {}}
      />,
    );
    const card = screen.getByTestId('section-templates');
    // The chosen template in the select, and the card of its fields.
    expect(within(card).getAllByText('来访客户登记')).toHaveLength(2);
    expect(within(card).getByLabelText('到访次数')).toHaveValue('1');

    await user.clear(within(card).getByLabelText('到访次数'));
    await user.type(within(card).getByLabelText('到访次数'), '3');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(await fetch.requests()[0].json()).toEqual({ customFields: { visits: 3 } });
  });

  it('puts server errors on nested and custom fields next to them', async () => {
    stubFetch(() =>
      problem(400, {
        errors: [
          {
            field: 'registeredCapital.amount',
            code: 'registeredCapital.amount.format',
            message: 'Not negative, at most 16 digits and 2 decimals.',
          },
          { field: 'website', code: 'website.format', message: 'Not a web address.' },
          { field: 'customFields.nosuch', code: 'customFields.unknown', message: 'No such field' },
        ],
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<CustomerForm mode="create" onSaved={() => {}} onCancel={() => {}} />);
    await user.type(screen.getByLabelText('客户名称'), '测试');
    await user.type(screen.getByLabelText('注册资金'), '100');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    await waitFor(
      () =>
        expect(
          within(formItem('网站')).getByText('网址格式不正确（如 https://www.example.cn）'),
        ).toBeVisible(),
      { timeout: 5000 },
    );
    await waitFor(
      () =>
        expect(
          within(formItem('注册资金')).getByText('Not negative, at most 16 digits and 2 decimals.'),
        ).toBeVisible(),
      { timeout: 5000 },
    );
    expect(screen.getByRole('alert')).toHaveTextContent('customFields.nosuch: 适用模板中没有此项');
  });
});
