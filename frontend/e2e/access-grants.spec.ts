import { expect, test, type Browser, type Page } from './fixtures';
import pg from 'pg';
import { authFile, databaseURL, directorAuthFile, rep2AuthFile } from './env';
import { bearerTokenOf, openApp, randomCjkPair } from './support';

async function pageAs(browser: Browser, storageState: string) {
  const context = await browser.newContext({ storageState });
  return { context, page: await context.newPage() };
}

/** Out of scope reads as unknown: the customer page shows the server's 404 as a notice. */
async function expectNotFound(page: Page, customerId: string) {
  const answer = page.waitForResponse((r) => r.url().endsWith(`/api/v1/customers/${customerId}`));
  await openApp(page, `/customers/${customerId}`, 'rep2');
  expect((await answer).status()).toBe(404);
  await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
  await expect(page.getByTestId('customer-name')).toHaveCount(0);
}

test('rep2 requests access to an east-team customer, the director approves, rep2 reads it until revoked', async ({
  browser,
  request,
}) => {
  // rep1 (east-team) creates the customer through the API, so the spec stands alone.
  const authorization = await bearerTokenOf(browser, authFile, 'rep1');
  const name = `授权${randomCjkPair()}`;
  const created = await request.post('/api/v1/customers', {
    headers: { Authorization: authorization },
    data: { kind: 'INDIVIDUAL', name },
  });
  expect(created.status()).toBe(201);
  const { id: customerId, archiveNo } = (await created.json()) as { id: string; archiveNo: string };
  const reason = `客户${randomCjkPair()}来电投诉，需要核对合同联系人。`;

  const rep2 = await pageAs(browser, rep2AuthFile);
  const director = await pageAs(browser, directorAuthFile);
  try {
    // rep2 (west-team) cannot see it, neither by address nor by search.
    await expectNotFound(rep2.page, customerId);
    await openApp(rep2.page, '/customers', 'rep2');
    await rep2.page.getByRole('textbox', { name: '搜索' }).fill(archiveNo);
    const offer = rep2.page.getByTestId('request-access-offer');
    await expect(offer).toContainText(archiveNo);

    // …so it asks for access by the exact archive number.
    await offer.getByRole('button', { name: /申请查阅/ }).click();
    const dialog = rep2.page.getByRole('dialog');
    await dialog.getByLabel('申请理由').fill(reason);
    await dialog.getByRole('button', { name: '1 天' }).click();
    await dialog.getByRole('button', { name: /提交申请/ }).click();
    await expect(rep2.page.getByText('查阅申请已提交，请等待审批')).toBeVisible();
    await expect(dialog).toBeHidden();

    // The director approves it in the inbox.
    await openApp(director.page, '/access-grants', 'director');
    await expect(director.page.getByRole('tab', { name: /待审批/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const pendingRow = director.page.getByRole('row').filter({ hasText: reason });
    await expect(pendingRow).toContainText('rep2');
    await pendingRow.getByRole('button', { name: /批\s*准/ }).click();
    await expect(pendingRow).toBeHidden();

    // rep2 sees the approved grant and opens the customer from it.
    await openApp(rep2.page, '/access-grants', 'rep2');
    const mine = rep2.page.getByRole('row').filter({ hasText: reason });
    await expect(mine).toContainText('已批准');
    await expect(mine).toContainText('有效至');
    await mine.getByRole('link', { name: '打开客户' }).click();
    await expect(rep2.page).toHaveURL(new RegExp(`/customers/${customerId}$`));
    await expect(rep2.page.getByTestId('customer-name')).toHaveText(name);

    // rep2 gives the access back; the customer is out of reach again.
    await openApp(rep2.page, '/access-grants', 'rep2');
    await mine.getByRole('button', { name: /撤\s*销/ }).click();
    const revokeDialog = rep2.page.getByRole('dialog');
    await revokeDialog.getByLabel(/撤销理由/).fill('核对工作已完成，归还查阅权限。');
    await revokeDialog.getByRole('button', { name: /撤\s*销/ }).click();
    await expect(mine).toContainText('已撤销');
    await expectNotFound(rep2.page, customerId);
  } finally {
    await rep2.context.close();
    await director.context.close();
  }
});

/**
 * The shortest grant lasts an hour, so the spec lets the hour pass in the database: it moves the
 * grant's validity into the past, exactly as time would.
 */
async function letGrantExpire(grantId: string) {
  const client = new pg.Client({ connectionString: databaseURL });
  await client.connect();
  try {
    const moved = await client.query(
      `UPDATE access_grant SET valid_from = now() - interval '2 hours',
              valid_until = now() - interval '1 hour' WHERE id = $1`,
      [grantId],
    );
    expect(moved.rowCount).toBe(1);
  } finally {
    await client.end();
  }
}

test('an approved grant ends by itself: once expired, rep2 no longer reads the customer', async ({
  browser,
  request,
}) => {
  const rep1Token = await bearerTokenOf(browser, authFile, 'rep1');
  const rep2Token = await bearerTokenOf(browser, rep2AuthFile, 'rep2');
  const directorToken = await bearerTokenOf(browser, directorAuthFile, 'director');
  const name = `到期${randomCjkPair()}`;
  const created = await request.post('/api/v1/customers', {
    headers: { Authorization: rep1Token },
    data: { kind: 'INDIVIDUAL', name },
  });
  expect(created.status()).toBe(201);
  const { id: customerId } = (await created.json()) as { id: string };
  const reason = `客户${randomCjkPair()}来电咨询，需要核对历史交易。`;
  const asked = await request.post('/api/v1/access-grants', {
    headers: { Authorization: rep2Token },
    data: { customerId, reason, durationHours: 1 },
  });
  expect(asked.status()).toBe(201);
  const { id: grantId } = (await asked.json()) as { id: string };
  const approved = await request.post(`/api/v1/access-grants/${grantId}/approve`, {
    headers: { Authorization: directorToken },
  });
  expect(approved.status()).toBe(200);

  const rep2 = await pageAs(browser, rep2AuthFile);
  try {
    await openApp(rep2.page, `/customers/${customerId}`, 'rep2');
    await expect(rep2.page.getByTestId('customer-name')).toHaveText(name);

    await letGrantExpire(grantId);

    await expectNotFound(rep2.page, customerId);
    await openApp(rep2.page, '/access-grants', 'rep2');
    const mine = rep2.page.getByRole('row').filter({ hasText: reason });
    await expect(mine).toContainText('已过期');
    await expect(mine.getByRole('link')).toHaveCount(0);
    await expect(mine.getByRole('button', { name: /撤\s*销/ })).toHaveCount(0);
  } finally {
    await rep2.context.close();
  }
});
