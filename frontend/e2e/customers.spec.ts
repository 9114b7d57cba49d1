import { expect, test, type Page } from './fixtures';
import { authFile } from './env';
import { openApp, randomCjkPair, uniqueCreditCode, withWrongCheckCharacter } from './support';

const CONFLICT_ZH = '该档案已被他人修改，请重新加载后再编辑';

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

async function save(page: Page) {
  await page.getByRole('button', { name: /^保\s*存$/ }).click();
}

/** Creates an organisation through the form and returns its id (from the detail URL). */
async function createOrganisation(page: Page, name: string, creditCode: string): Promise<string> {
  await openApp(page, '/customers/new');
  await page.getByLabel('客户名称').fill(name);
  await page.getByLabel('统一社会信用代码').fill(creditCode);
  await chooseOption(page, '单位性质', '一般企业');
  await page.getByLabel('所属行业').fill('信息传输、软件和信息技术服务业');
  await page.getByLabel('省/直辖市').fill('上海市');
  await page.getByLabel('区/县').fill('浦东新区');
  await page.getByLabel('电话').fill('021-58880000');
  await save(page);
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('customer-name')).toHaveText(name);
  return page.url().split('/').pop()!;
}

test('create an organisation, find it by two Chinese characters, edit it, and meet a conflict', async ({
  page,
  browser,
}) => {
  const pair = randomCjkPair();
  const name = `测试${pair}科技有限公司`;
  const creditCode = uniqueCreditCode();

  const id = await createOrganisation(page, name, creditCode);
  await expect(page.getByText(creditCode)).toBeVisible();
  await expect(page.getByText(/^KH-\d{4}-\d{6}$/)).toBeVisible();

  // Find it again by typing only the random two-character part.
  await page.getByRole('button', { name: /返\s*回/ }).click();
  await expect(page).toHaveURL(/\/customers$/);
  await page.getByRole('textbox', { name: '搜索' }).fill(pair);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2); // header + the one match
  await row.click();
  await expect(page).toHaveURL(new RegExp(`/customers/${id}$`));

  // Edit a field and save.
  await page.getByRole('button', { name: /编\s*辑/ }).click();
  await expect(page.getByLabel('电话')).toHaveValue('021-58880000');
  await page.getByLabel('电话').fill('021-58881234');
  await save(page);
  await expect(page).toHaveURL(new RegExp(`/customers/${id}$`));
  await expect(page.getByText('021-58881234')).toBeVisible();

  // Open the form, let someone else change the archive meanwhile, then save the stale form.
  await page.getByRole('button', { name: /编\s*辑/ }).click();
  await expect(page.getByLabel('电话')).toHaveValue('021-58881234');

  const other = await browser.newContext({ storageState: authFile });
  try {
    const otherPage = await other.newPage();
    await openApp(otherPage, `/customers/${id}/edit`);
    await expect(otherPage.getByLabel('地址')).toBeEditable();
    await otherPage.getByLabel('地址').fill('上海市浦东新区张江路88号');
    await save(otherPage);
    await expect(otherPage).toHaveURL(new RegExp(`/customers/${id}$`));
    await expect(otherPage.getByText('上海市浦东新区张江路88号')).toBeVisible();
  } finally {
    await other.close();
  }

  await page.getByLabel('电话').fill('021-50000000');
  await save(page);
  const conflict = page.getByTestId('conflict-alert');
  await expect(conflict).toContainText(CONFLICT_ZH);
  await expect(page).toHaveURL(new RegExp(`/customers/${id}/edit$`));

  // Reloading shows the other person's change and a form that can be saved again.
  await conflict.getByRole('button', { name: /重新加载/ }).click();
  await expect(page.getByLabel('地址')).toHaveValue('上海市浦东新区张江路88号');
  await expect(page.getByLabel('电话')).toHaveValue('021-58881234');
  await expect(conflict).toBeHidden();
});

test('a wrong credit code check character is shown next to the field', async ({ page }) => {
  await openApp(page, '/customers/new');
  await page.getByLabel('客户名称').fill(`测试${randomCjkPair()}贸易有限公司`);
  await page.getByLabel('统一社会信用代码').fill(withWrongCheckCharacter(uniqueCreditCode()));
  await save(page);

  const field = page.locator('.ant-form-item').filter({ has: page.getByLabel('统一社会信用代码') });
  await expect(field.locator('.ant-form-item-explain-error')).toBeVisible();
  await expect(field.locator('.ant-form-item-explain-error')).not.toBeEmpty();
  await expect(page).toHaveURL(/\/customers\/new$/);
});

test('switching the language to English changes the labels', async ({ page }) => {
  await openApp(page, '/customers');
  await expect(page.getByText('客户档案', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '档案编号' })).toBeVisible();

  await page.getByText('English', { exact: true }).click();

  await expect(page.getByTestId('product-name')).toHaveText('Dossier');
  await expect(page.getByRole('columnheader', { name: 'Archive no.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /New customer/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Sign out/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByRole('columnheader', { name: '档案编号' })).toBeVisible();
});

test('a search lives in the URL, is saved as a filter, and is applied again from the menu', async ({
  page,
}) => {
  const pair = randomCjkPair();
  const name = `筛选${pair}贸易有限公司`;
  await createOrganisation(page, name, uniqueCreditCode());

  await openApp(page, '/customers');
  await page.getByRole('textbox', { name: '搜索' }).fill(pair);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(pair)}`));
  await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();

  const filterName = `筛选${pair}`;
  await page.getByRole('button', { name: /常用筛选/ }).click();
  await page.getByText('将当前筛选另存为…').click();
  await page.getByLabel('名称', { exact: true }).fill(filterName);
  await page.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(page.getByText(`已保存筛选“${filterName}”`)).toBeVisible();

  // A fresh list, then the saved filter brings the search back (box, URL and rows).
  await openApp(page, '/customers');
  await expect(page.getByRole('textbox', { name: '搜索' })).toHaveValue('');
  await page.getByRole('button', { name: /常用筛选/ }).click();
  await page.getByRole('menuitem', { name: filterName }).click();
  await expect(page.getByRole('textbox', { name: '搜索' })).toHaveValue(pair);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(pair)}`));
  await expect(page.getByRole('row')).toHaveCount(2);

  await page.getByRole('button', { name: /常用筛选/ }).click();
  await page.getByRole('button', { name: `删除筛选“${filterName}”` }).click();
  await expect(page.getByText(`已删除筛选“${filterName}”`)).toBeVisible();
});
