import { expect, test } from './fixtures';
import { authFile } from './env';
import { bearerTokenOf, openApp, randomCjkPair } from './support';

test('the customer page shows the 360° view and a timeline with the creation and an edit', async ({
  browser,
  page,
  request,
}) => {
  // rep1 creates the customer through the API, so the spec stands alone.
  const authorization = await bearerTokenOf(browser, authFile, 'rep1');
  const name = `全景${randomCjkPair()}`;
  const created = await request.post('/api/v1/customers', {
    headers: { Authorization: authorization },
    data: { kind: 'INDIVIDUAL', name, phone: '021-58880000' },
  });
  expect(created.status()).toBe(201);
  const { id, archiveNo } = (await created.json()) as { id: string; archiveNo: string };

  await openApp(page, `/customers/${id}`);
  const header = page.getByTestId('customer-header');
  await expect(header).toContainText(name);
  await expect(header).toContainText(archiveNo);
  await expect(page.getByTestId('header-owner')).toContainText('本人（rep1）');
  const sections = page.getByTestId('customer-sections');
  for (const section of ['档案资料', '联系人', '资料', '交易', '审批与更正', '档案动态']) {
    await expect(sections.getByRole('link', { name: section, exact: true })).toBeVisible();
  }
  // rep1 may not read the access log.
  await expect(sections.getByRole('link', { name: '查阅记录' })).toHaveCount(0);
  await expect(page.getByTestId('header-completeness')).toBeVisible();

  const timeline = page.getByTestId('customer-timeline');
  await expect(timeline.getByTestId('timeline-item')).toHaveCount(1);
  await expect(timeline.getByText('建档')).toBeVisible();

  // Edit the phone through the form; the timeline shows the edit with its old and new value.
  await page.getByRole('button', { name: /编\s*辑/ }).click();
  await page.getByLabel('电话', { exact: true }).fill('021-58889999');
  await page.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${id}$`));
  await sections.getByRole('link', { name: '档案动态', exact: true }).click();
  const items = timeline.getByTestId('timeline-item');
  await expect(items).toHaveCount(2);
  const edit = items.first();
  await expect(edit).toHaveAttribute('data-kind', 'CUSTOMER.UPDATE');
  await expect(edit.getByText('修改档案')).toBeVisible();
  await expect(edit.getByTestId('timeline-actor')).toHaveText('rep1');
  await edit.getByRole('button', { name: /项变更/ }).click();
  await expect(edit.getByText('021-58880000')).toBeVisible();
  await expect(edit.getByText('021-58889999')).toBeVisible();
  await expect(items.nth(1)).toHaveAttribute('data-kind', 'CUSTOMER.CREATE');
});
