import { expect, test } from './fixtures';
import { auditorAuthFile, authFile } from './env';
import { bearerTokenOf, openApp, randomCjkPair } from './support';

test.use({ storageState: auditorAuthFile });

test('the auditor finds a new customer in the audit trail and verifies the hash chain', async ({
  page,
  browser,
  request,
}) => {
  // Does not rely on other specs: rep1 creates a customer through the API first.
  const authorization = await bearerTokenOf(browser, authFile, 'rep1');
  const created = await request.post('/api/v1/customers', {
    headers: { Authorization: authorization },
    data: { kind: 'INDIVIDUAL', name: `审计${randomCjkPair()}` },
  });
  expect(created.status()).toBe(201);
  const customerId: string = (await created.json()).id;

  // The auditor's start page is the audit trail; the menu offers no customer archives.
  await openApp(page, '/', 'auditor');
  await expect(page).toHaveURL(/\/audit-events$/);
  await expect(page.getByRole('menuitem', { name: /审计记录/ })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /查阅记录/ })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /客户档案/ })).toHaveCount(0);

  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();

  await page.getByRole('textbox', { name: '客户 ID' }).fill(customerId);
  const createdRow = rows.filter({ hasText: 'rep1' }).filter({ hasText: '新建' }).first();
  await expect(createdRow).toBeVisible();
  await createdRow.getByRole('button', { name: /展开/ }).click();
  await expect(page.getByTestId(/^changes-/).first()).toBeVisible();

  await page.getByRole('button', { name: /校验链/ }).click();
  await expect(page.getByTestId('verify-result')).toContainText('哈希链完整');
});
