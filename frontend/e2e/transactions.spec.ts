import { expect, test } from './fixtures';
import { authFile, directorAuthFile } from './env';
import { bearerTokenOf, openApp, randomCjkPair } from './support';

test('rep1 records a transaction with a line item and a payment; the totals follow', async ({
  browser,
  page,
  request,
}) => {
  // The director adds a product and rep1 a customer through the API, so the spec stands alone.
  const directorToken = await bearerTokenOf(browser, directorAuthFile, 'director');
  const code = `E2E-${Date.now()}`;
  const product = await request.post('/api/v1/products', {
    headers: { Authorization: directorToken },
    data: { code, name: `端到端产品${randomCjkPair()}`, unit: '件' },
  });
  expect(product.status()).toBe(201);
  const repToken = await bearerTokenOf(browser, authFile, 'rep1');
  const created = await request.post('/api/v1/customers', {
    headers: { Authorization: repToken },
    data: { kind: 'INDIVIDUAL', name: `交易${randomCjkPair()}` },
  });
  expect(created.status()).toBe(201);
  const { id: customerId } = (await created.json()) as { id: string };

  await openApp(page, `/customers/${customerId}`);
  await expect(page.getByText('暂无交易记录')).toBeVisible();

  await page.getByRole('button', { name: /新增交易/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('单号').fill('XS-E2E-0001');
  await dialog.getByRole('combobox', { name: '产品 1' }).click();
  await page.getByTitle(new RegExp(`^${code} `)).click();
  await dialog.getByLabel('数量 1').fill('2.5');
  await dialog.getByLabel('单价 1').fill('19.99');
  await expect(dialog.getByTestId('form-total')).toHaveText('合计：¥49.98');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row').filter({ hasText: 'XS-E2E-0001' });
  await expect(row).toContainText('¥49.98');
  await expect(row).toContainText('未结清');

  // A payment above what is outstanding is refused under the field; the right one settles it.
  await row.getByRole('button', { name: '登记回款' }).click();
  const payment = page.getByRole('dialog');
  await payment.getByLabel('回款金额').fill('50');
  await payment.getByRole('button', { name: /保\s*存/ }).click();
  await expect(payment.getByText('回款金额超过未回款金额')).toBeVisible();
  await payment.getByLabel('回款金额').fill('49.98');
  await payment.getByRole('button', { name: /保\s*存/ }).click();
  await expect(payment).toBeHidden();
  await expect(row).toContainText('已结清');
  await expect(page.getByText('交易汇总（CNY）')).toBeVisible();
});
