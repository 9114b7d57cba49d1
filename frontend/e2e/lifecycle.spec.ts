import { expect, test, type Browser } from './fixtures';
import { authFile, directorAuthFile } from './env';
import { bearerTokenOf, openApp, randomCjkPair } from './support';

async function pageAs(browser: Browser, storageState: string) {
  const context = await browser.newContext({ storageState });
  return { context, page: await context.newPage() };
}

test('rep1 submits an archive, the director approves it, a correction is proposed and accepted', async ({
  browser,
  page,
  request,
}) => {
  // rep1 creates the customer through the API, so the spec stands alone.
  const authorization = await bearerTokenOf(browser, authFile, 'rep1');
  const name = `审批${randomCjkPair()}`;
  const created = await request.post('/api/v1/customers', {
    headers: { Authorization: authorization },
    data: { kind: 'INDIVIDUAL', name, phone: '021-58880000' },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const newPhone = `021-5888${String(Date.now()).slice(-4)}`;
  const reason = `客户${randomCjkPair()}来函告知电话变更`;

  // rep1 submits the draft for approval.
  await openApp(page, `/customers/${id}`);
  await expect(page.getByTestId('customer-name')).toHaveText(name);
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: /提交审批/ }).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(page.getByText('已提交审批')).toBeVisible();
  await expect(page.getByRole('button', { name: /提交审批/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /编\s*辑/ })).toHaveCount(0);

  const director = await pageAs(browser, directorAuthFile);
  try {
    // The director opens the submitted archive and approves it.
    await openApp(director.page, `/customers/${id}`, 'director');
    await expect(director.page.getByTestId('customer-name')).toHaveText(name);
    // The 360° page fills its header figures and sections as their data arrives; act once it is
    // settled, so the button stays where it was clicked.
    await director.page.waitForLoadState('networkidle');
    await director.page.getByRole('button', { name: /审批通过/ }).click();
    const approveConfirm = director.page.locator('.ant-popconfirm');
    await expect(approveConfirm).toBeVisible();
    await approveConfirm.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(director.page.getByText('档案已审批通过')).toBeVisible();

    // rep1 can no longer edit it: it proposes a correction of the phone number instead.
    await openApp(page, `/customers/${id}`);
    await expect(page.getByTestId('not-editable-hint')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: /提交更正/ }).click();
    const dialog = page.getByRole('dialog');
    const field = dialog.getByRole('combobox', { name: '字段' });
    await field.fill('电话');
    await field.press('Enter');
    await expect(dialog.getByTestId('old-value-0')).toHaveText('021-58880000');
    await dialog.getByRole('textbox', { name: /新值/ }).fill(newPhone);
    await dialog.getByLabel('更正理由').fill(reason);
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await expect(page.getByText('更正已提交，等待审核')).toBeVisible();
    // The archive's history section (the timeline further down mentions the correction too).
    const history = page.locator('#customer-section-history');
    await history.getByRole('tab', { name: '更正记录' }).click();
    await expect(history.getByRole('row').filter({ hasText: reason })).toContainText('待审核');

    // The director accepts it in the inbox; the archive shows the new value.
    await openApp(director.page, '/approvals', 'director');
    const row = director.page
      .getByTestId('pending-corrections')
      .getByRole('row')
      .filter({ hasText: reason });
    await expect(row).toContainText(`021-58880000 → ${newPhone}`);
    await row.getByRole('button', { name: /采\s*纳/ }).click();
    await director.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await expect(row).toBeHidden();

    await openApp(page, `/customers/${id}`);
    await expect(
      page.locator('#customer-section-profile .ant-descriptions').getByText(newPhone),
    ).toBeVisible();
    await history.getByRole('tab', { name: '状态记录' }).click();
    await expect(history.getByTestId('status-change').first()).toContainText('已审批');
  } finally {
    await director.context.close();
  }
});
